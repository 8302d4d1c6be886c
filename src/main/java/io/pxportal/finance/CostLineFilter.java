package io.pxportal.finance;

/**
 * What a cost-line list is narrowed to; null fields do not filter. {@code text} searches reference and
 * description; a drill-down from a budget-vs-actual row sets the fiscal year and the row's platform, vendor or
 * category.
 */
public record CostLineFilter(
        String text, Long platformId, Long vendorId, CostCategory category, CostKind kind, Integer fiscalYear) {

    public static CostLineFilter all() {
        return new CostLineFilter(null, null, null, null, null, null);
    }
}
