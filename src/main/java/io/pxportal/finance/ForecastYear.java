package io.pxportal.finance;

/**
 * One fiscal year of the forecast in the reporting currency: recurring contract costs at the assumed index
 * ({@code base}), at the index minus and plus the scenario spread ({@code low}, {@code high}: the fan), and the
 * true-up risk on top.
 */
public record ForecastYear(
        int fiscalYear,
        String label,
        ReportingTotal low,
        ReportingTotal base,
        ReportingTotal high,
        ReportingTotal trueUpRisk) {}
