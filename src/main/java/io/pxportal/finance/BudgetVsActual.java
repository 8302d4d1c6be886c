package io.pxportal.finance;

import java.util.List;
import java.util.Set;

/** A fiscal year's budget vs actual vs committed by one dimension, with the total and every missing rate. */
public record BudgetVsActual(
        int fiscalYear,
        String label,
        String currency,
        FinanceDimension dimension,
        List<VarianceRow> rows,
        VarianceRow total,
        Set<RateGap> gaps) {

    public BudgetVsActual {
        rows = List.copyOf(rows);
        gaps = Set.copyOf(gaps);
    }
}
