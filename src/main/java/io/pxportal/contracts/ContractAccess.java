package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change a contract: an admin, or a product owner of one of the platforms it covers. Used as
 * {@code @contractAccess} in {@code @PreAuthorize}.
 */
@Component("contractAccess")
@Transactional(readOnly = true)
public class ContractAccess {

    private final ContractRepository contracts;
    private final PlatformService platforms;

    ContractAccess(ContractRepository contracts, PlatformService platforms) {
        this.contracts = contracts;
        this.platforms = platforms;
    }

    public boolean canEdit(Long contractId) {
        return contractId != null
                && contracts
                        .findById(contractId)
                        .map(c -> platforms.canEditAny(c.getPlatformIds()))
                        .orElse(false);
    }
}
