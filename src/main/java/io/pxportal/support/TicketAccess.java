package io.pxportal.support;

import io.pxportal.portfolio.PlatformService;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a vendor ticket: an admin, or a product owner of the ticket's platform.
 * Used as {@code @ticketAccess} in {@code @PreAuthorize}.
 */
@Component("ticketAccess")
@Transactional(readOnly = true)
public class TicketAccess {

    private final VendorTicketRepository records;
    private final PlatformService platforms;

    TicketAccess(VendorTicketRepository records, PlatformService platforms) {
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
