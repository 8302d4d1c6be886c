package io.pxportal.support;

import io.pxportal.portfolio.PlatformService;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a service-credit claim: an admin, or a product owner of the platform it was earned on.
 * Used as {@code @creditAccess} in {@code @PreAuthorize}.
 */
@Component("creditAccess")
@Transactional(readOnly = true)
public class CreditAccess {

    private final ServiceCreditRepository records;
    private final PlatformService platforms;

    CreditAccess(ServiceCreditRepository records, PlatformService platforms) {
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
