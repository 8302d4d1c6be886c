package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.util.List;

/**
 * A contract as lists and its editor show it: what was agreed ({@code draft}, with the version to send back),
 * the names it refers to, where it stands today, and whether the current user may change it.
 */
public record ContractView(
        Long id,
        ContractDraft draft,
        VendorRef vendor,
        List<PlatformRef> platforms,
        RenewalSchedule schedule,
        boolean editable) {

    /** What does not work in the contract's terms (ADR 006), as sentences; empty for a consistent contract. */
    public List<RenewalSchedule.Reason> warnings() {
        return ContractSanity.warnings(draft);
    }

    /** Whether the contract is flagged: its terms cannot work as entered. */
    public boolean inconsistent() {
        return !warnings().isEmpty();
    }
}
