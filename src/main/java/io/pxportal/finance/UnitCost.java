package io.pxportal.finance;

import java.math.BigDecimal;

/**
 * Cost per communication of a platform in a period (a fiscal year, or a quarter of it when {@code quarter} is
 * set): actual spend in the reporting currency / production communications measured in the period, four decimals
 * ({@code costPerCommunication}), and the same per 1,000 communications to the cent ({@code costPerThousand}: what
 * the views, the chart and the report show, so that a cost of a fraction of a cent reads the same everywhere). Both
 * null when nothing was measured: a cost per communication cannot be told then, which is not zero.
 */
public record UnitCost(
        Long platformId,
        String platform,
        int fiscalYear,
        Integer quarter,
        String periodLabel,
        ReportingTotal spend,
        BigDecimal communications,
        BigDecimal costPerCommunication,
        BigDecimal costPerThousand) {}
