package io.pxportal.finance;

import java.math.BigDecimal;

/**
 * Cost per communication of a platform in a period (a fiscal year, or a quarter of it when {@code quarter} is
 * set): actual spend in the reporting currency / production communications measured in the period. Null when
 * nothing was measured: a cost per communication cannot be told then, which is not zero.
 */
public record UnitCost(Long platformId, String platform, int fiscalYear, Integer quarter, String periodLabel,
                       ReportingTotal spend, BigDecimal communications, BigDecimal costPerCommunication) {
}
