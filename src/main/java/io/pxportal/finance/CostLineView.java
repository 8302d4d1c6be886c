package io.pxportal.finance;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;

/**
 * A cost line as lists show it: what was entered ({@code draft}, with the version to send back), the names it
 * refers to, its fiscal year, how it came in, and whether the current user may change it.
 */
public record CostLineView(
        Long id,
        CostLineDraft draft,
        PlatformRef platform,
        VendorRef vendor,
        String contractNumber,
        int fiscalYear,
        CostSource source,
        boolean editable) {}
