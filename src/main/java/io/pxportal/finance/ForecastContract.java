package io.pxportal.finance;

import io.pxportal.contracts.UpliftType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the forecast needs of a contract: its annual value today (the price of the contract year containing the
 * forecast date), its uplift clause, and the day its costs stop ({@code endsOn}, null while it keeps renewing)
 * with the reason.
 */
public record ForecastContract(
        Long contractId,
        String number,
        Long platformId,
        Long vendorId,
        LocalDate start,
        BigDecimal annualValue,
        String currency,
        UpliftType upliftType,
        BigDecimal upliftPercent,
        String upliftIndex,
        BigDecimal capPercent,
        BigDecimal floorPercent,
        LocalDate endsOn,
        EndReason endReason) {

    /** Why a contract's costs stop. */
    public enum EndReason {
        /** An exit decision was recorded for the current term. */
        EXIT_DECISION,
        /** The contract is in its last term (no renewal, explicit renewal not agreed, or notice given). */
        LAST_TERM
    }
}
