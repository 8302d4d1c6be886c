package io.pxportal.support;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.util.List;

/** A policy as lists and its editor show it: what was agreed, its contract, vendor and platforms, and access. */
public record SlaPolicyView(Long id, SlaPolicyDraft draft, String contractNumber, VendorRef vendor,
                            List<PlatformRef> platforms, boolean editable) {
}
