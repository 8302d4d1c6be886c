package io.pxportal.support;

import io.pxportal.contracts.ContractAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change an SLA policy: whoever may change its contract.
 * Used as {@code @slaPolicyAccess} in {@code @PreAuthorize}.
 */
@Component("slaPolicyAccess")
@Transactional(readOnly = true)
public class SlaPolicyAccess {

    private final SlaPolicyRepository records;
    private final ContractAccess contracts;

    SlaPolicyAccess(SlaPolicyRepository records, ContractAccess contracts) {
        this.records = records;
        this.contracts = contracts;
    }

    public boolean canEdit(Long id) {
        return id != null
                && records.findById(id)
                        .map(t -> contracts.canEdit(t.getContractId()))
                        .orElse(false);
    }
}
