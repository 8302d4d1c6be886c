package io.pxportal.finance;

import java.util.Map;

/** Total cost of ownership of a platform over fiscal years: actual spend of every category, in the reporting currency. */
public record TcoRow(
        Long platformId, String platform, Map<CostCategory, ReportingTotal> byCategory, ReportingTotal total) {

    public TcoRow {
        byCategory = Map.copyOf(byCategory);
    }
}
