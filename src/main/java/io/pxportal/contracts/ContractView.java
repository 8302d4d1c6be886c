package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.util.List;

/**
 * A contract as lists and its editor show it: what was agreed ({@code draft}, with the version to send back),
 * the names it refers to, where it stands today, and whether the current user may change it.
 */
public record ContractView(Long id, ContractDraft draft, VendorRef vendor, List<PlatformRef> platforms,
                           RenewalSchedule schedule, boolean editable) {
}
