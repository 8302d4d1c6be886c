package io.pxportal.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entitlement's effective licence position on a date, within the contract year that contains it. Amounts
 * are in the contract's currency; a null means "not known" (nothing measured) or "does not apply" (unlimited,
 * no forecast for seats), never zero.
 *
 * @param consumed       seats: the year's high-water mark; volumes: the year's sum up to the date
 * @param utilisation    consumed as a percentage of the entitlement (one decimal)
 * @param shortfall      consumed beyond the entitlement
 * @param exposure       the shortfall priced at the overage price (the unit price when none was agreed)
 * @param surplus        seats: entitled but not used at the peak; volumes: projected unused at year end
 * @param shelfware      the surplus priced at the unit price
 * @param forecast       volumes: the year-end consumption at the run rate so far
 * @param forecastExposure volumes: the forecast beyond the entitlement, priced like the exposure
 * @param runsOutOn      volumes: the day the run rate reaches the entitlement, if within the contract year
 * @param peakOn         seats: the first day the high-water mark was reached
 * @param measuredThrough volumes: the last day the measurements cover (the run rate's divisor ends there)
 * @param counted        measurements in the year that count
 * @param excluded       measurements in the year left out because their environment does not count
 */
public record LicencePosition(
        LocalDate asOf,
        Status status,
        int contractYear,
        LocalDate yearStart,
        LocalDate yearEnd,
        BigDecimal entitled,
        BigDecimal consumed,
        BigDecimal utilisation,
        BigDecimal shortfall,
        BigDecimal exposure,
        BigDecimal surplus,
        BigDecimal shelfware,
        BigDecimal forecast,
        BigDecimal forecastExposure,
        LocalDate runsOutOn,
        LocalDate peakOn,
        LocalDate measuredThrough,
        int counted,
        int excluded) {

    /** How the entitlement stands, worst first when sorted by ordinal descending. */
    public enum Status {
        /** The date is before the entitlement's term. */
        NOT_STARTED,
        /** No measurement that counts in this contract year: nothing can be said. */
        NOT_MEASURED,
        /** Enterprise licence: nothing can be short. */
        UNLIMITED,
        /** Consumption within the entitlement (and, for volumes, forecast to stay within). */
        WITHIN,
        /** Volumes: still within, but the run rate reaches the entitlement before the year ends. */
        FORECAST_SHORTFALL,
        /** More consumed than entitled. */
        SHORTFALL
    }
}
