package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformRef;
import java.time.LocalDate;

/**
 * An entitlement as lists and its editor show it: what was agreed ({@code draft}, with the version to send
 * back), its contract and platform by name, the effective term (the contract's where none was agreed), the
 * licence position on the date asked about, and whether the current user may change it.
 */
public record EntitlementView(
        Long id,
        EntitlementDraft draft,
        Contract contract,
        PlatformRef platform,
        LocalDate termFrom,
        LocalDate termTo,
        LicencePosition position,
        boolean editable) {

    /** The contract the entitlement is a line of; amounts are in its currency. */
    public record Contract(Long id, String number, String title, String currency) {}

    public String currency() {
        return contract.currency();
    }
}
