package io.pxportal.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Budget vs actual vs committed for one platform, vendor or category (id null for the total row), in the
 * reporting currency. {@code budgeted}: a budget was set for the row (at least one budget record, whatever its
 * amount). {@code variance} = actual + committed − budget (positive: over budget), null without a budget — spend
 * with no budget is not a variance of the whole spend; {@code variancePercent} = variance / budget × 100, one
 * decimal (null without a budget or with a budget of zero).
 */
public record VarianceRow(
        FinanceDimension dimension,
        Long id,
        String key,
        boolean budgeted,
        ReportingTotal budget,
        ReportingTotal actual,
        ReportingTotal committed,
        BigDecimal variance,
        BigDecimal variancePercent) {

    /** A row whose budget counts as set when it has an amount (or an amount a missing rate left unconverted). */
    static VarianceRow of(
            FinanceDimension dimension,
            Long id,
            String key,
            ReportingTotal budget,
            ReportingTotal actual,
            ReportingTotal committed) {
        return of(
                dimension,
                id,
                key,
                budget.amount().signum() != 0 || !budget.unconverted().isEmpty(),
                budget,
                actual,
                committed);
    }

    static VarianceRow of(
            FinanceDimension dimension,
            Long id,
            String key,
            boolean budgeted,
            ReportingTotal budget,
            ReportingTotal actual,
            ReportingTotal committed) {
        BigDecimal variance =
                !budgeted ? null : actual.amount().add(committed.amount()).subtract(budget.amount());
        BigDecimal percent = variance == null || budget.amount().signum() == 0
                ? null
                : variance.multiply(BigDecimal.valueOf(100)).divide(budget.amount(), 1, RoundingMode.HALF_EVEN);
        return new VarianceRow(dimension, id, key, budgeted, budget, actual, committed, variance, percent);
    }

    /** Actual + committed. */
    public BigDecimal spent() {
        return actual.amount().add(committed.amount());
    }

    /** Whether every figure of the row could be converted. */
    public boolean complete() {
        return budget.complete() && actual.complete() && committed.complete();
    }

    /** Spent more than the budget; never without a budget (that is {@link #unbudgetedSpend}). */
    public boolean overBudget() {
        return variance != null && variance.signum() > 0;
    }

    /** Spend (or an amount a missing rate left out) with no budget set. */
    public boolean unbudgetedSpend() {
        return !budgeted
                && (spent().signum() != 0
                        || !actual.unconverted().isEmpty()
                        || !committed.unconverted().isEmpty());
    }
}
