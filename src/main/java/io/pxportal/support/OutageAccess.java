package io.pxportal.support;

import io.pxportal.portfolio.PlatformService;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change an outage: an admin, or a product owner of the platform that was down.
 * Used as {@code @outageAccess} in {@code @PreAuthorize}.
 */
@Component("outageAccess")
@Transactional(readOnly = true)
public class OutageAccess {

    private final OutageRepository records;
    private final PlatformService platforms;

    OutageAccess(OutageRepository records, PlatformService platforms) {
        this.records = records;
        this.platforms = platforms;
    }

    public boolean canEdit(Long id) {
        return id != null
                && records.findById(id)
                        .map(t -> platforms.canEditAny(Set.of(t.getPlatformId())))
                        .orElse(false);
    }
}
