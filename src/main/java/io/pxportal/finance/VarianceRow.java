package io.pxportal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budget vs actual vs committed for one platform, vendor or category (id null for the total row), in the
 * reporting currency. {@code variance} = actual + committed − budget (positive: over budget); {@code
 * variancePercent} = variance / budget × 100, one decimal (null without a budget).
 */
public record VarianceRow(FinanceDimension dimension, Long id, String key, ReportingTotal budget,
                          ReportingTotal actual, ReportingTotal committed, BigDecimal variance,
                          BigDecimal variancePercent) {

    static VarianceRow of(FinanceDimension dimension, Long id, String key, ReportingTotal budget,
                          ReportingTotal actual, ReportingTotal committed) {
        BigDecimal variance = actual.amount().add(committed.amount()).subtract(budget.amount());
        BigDecimal percent = budget.amount().signum() == 0 ? null
                : variance.multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1, RoundingMode.HALF_EVEN);
        return new VarianceRow(dimension, id, key, budget, actual, committed, variance, percent);
    }

    /** Whether every figure of the row could be converted. */
    public boolean complete() {
        return budget.complete() && actual.complete() && committed.complete();
    }

    public boolean overBudget() {
        return variance.signum() > 0;
    }
}
