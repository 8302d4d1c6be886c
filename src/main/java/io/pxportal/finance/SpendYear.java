package io.pxportal.finance;

import java.util.Map;

/** Actual spend of one fiscal year by category, and in all, in the reporting currency. */
public record SpendYear(
        int fiscalYear, String label, Map<CostCategory, ReportingTotal> byCategory, ReportingTotal total) {

    public SpendYear {
        byCategory = Map.copyOf(byCategory);
    }
}
