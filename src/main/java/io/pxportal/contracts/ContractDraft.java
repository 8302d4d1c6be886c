package io.pxportal.contracts;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a user enters for a contract; {@code version} is the version they started from (null when new). */
public record ContractDraft(
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}")
        String number,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotNull(message = "{validation.required}") Long vendorId,
        Set<Long> platformIds,
        String owner,
        @NotNull(message = "{validation.required}") LocalDate start,

        @Min(value = 1, message = "{contract.term.min}") @Max(value = 240, message = "{contract.term.max}")
        int initialTermMonths,

        @NotNull(message = "{validation.required}") RenewalType renewalType,

        @Min(value = 0, message = "{contract.term.min}") @Max(value = 120, message = "{contract.term.max}")
        int renewalPeriodMonths,

        @Min(value = 0, message = "{contract.notice.invalid}") @Max(value = 730, message = "{contract.notice.invalid}")
        int noticeAmount,

        @NotNull(message = "{validation.required}") NoticeUnit noticeUnit,

        @Min(value = 0, message = "{contract.notice.invalid}")
        int explicitRenewals,

        LocalDate noticeGivenOn,

        @NotNull(message = "{validation.required}")
        @Pattern(regexp = "[A-Z]{3}", message = "{contract.currency.invalid}")
        String currency,

        @DecimalMin(value = "0", message = "{contract.value.invalid}")
        BigDecimal annualValue,

        @NotNull(message = "{validation.required}") UpliftType upliftType,

        @DecimalMin(value = "-50", message = "{contract.uplift.invalid}")
        @DecimalMax(value = "100", message = "{contract.uplift.invalid}")
        BigDecimal upliftPercent,

        @Size(max = 60, message = "{validation.max-length}") String upliftIndex,

        @DecimalMin(value = "0", message = "{contract.uplift.invalid}")
        @DecimalMax(value = "100", message = "{contract.uplift.invalid}")
        BigDecimal upliftCapPercent,

        @DecimalMin(value = "-50", message = "{contract.uplift.invalid}")
        @DecimalMax(value = "100", message = "{contract.uplift.invalid}")
        BigDecimal upliftFloorPercent,

        @Size(max = 4000, message = "{validation.max-length}")
        String notes,

        List<Integer> alertLeadDays,
        Long version) {

    /**
     * {@code alertLeadDays}: the days before a notice deadline or contract end at which owners are alerted
     * ({@link AlertLeadTimes}), longest first; null when not given: a new contract gets the defaults, a changed
     * one keeps its own.
     */
    public ContractDraft {
        platformIds = platformIds == null ? Set.of() : Set.copyOf(platformIds);
        alertLeadDays = AlertLeadTimes.normalised(alertLeadDays);
    }

    /** A draft that leaves the alert lead times as they are (the defaults for a new contract). */
    public ContractDraft(
            String number,
            String title,
            Long vendorId,
            Set<Long> platformIds,
            String owner,
            LocalDate start,
            int initialTermMonths,
            RenewalType renewalType,
            int renewalPeriodMonths,
            int noticeAmount,
            NoticeUnit noticeUnit,
            int explicitRenewals,
            LocalDate noticeGivenOn,
            String currency,
            BigDecimal annualValue,
            UpliftType upliftType,
            BigDecimal upliftPercent,
            String upliftIndex,
            BigDecimal upliftCapPercent,
            BigDecimal upliftFloorPercent,
            String notes,
            Long version) {
        this(
                number,
                title,
                vendorId,
                platformIds,
                owner,
                start,
                initialTermMonths,
                renewalType,
                renewalPeriodMonths,
                noticeAmount,
                noticeUnit,
                explicitRenewals,
                noticeGivenOn,
                currency,
                annualValue,
                upliftType,
                upliftPercent,
                upliftIndex,
                upliftCapPercent,
                upliftFloorPercent,
                notes,
                null,
                version);
    }

    /** The same draft with other alert lead times. */
    public ContractDraft withAlertLeadDays(List<Integer> days) {
        return new ContractDraft(
                number,
                title,
                vendorId,
                platformIds,
                owner,
                start,
                initialTermMonths,
                renewalType,
                renewalPeriodMonths,
                noticeAmount,
                noticeUnit,
                explicitRenewals,
                noticeGivenOn,
                currency,
                annualValue,
                upliftType,
                upliftPercent,
                upliftIndex,
                upliftCapPercent,
                upliftFloorPercent,
                notes,
                days,
                version);
    }

    /** The same draft based on another version. */
    public ContractDraft withVersion(Long basedOn) {
        return new ContractDraft(
                number,
                title,
                vendorId,
                platformIds,
                owner,
                start,
                initialTermMonths,
                renewalType,
                renewalPeriodMonths,
                noticeAmount,
                noticeUnit,
                explicitRenewals,
                noticeGivenOn,
                currency,
                annualValue,
                upliftType,
                upliftPercent,
                upliftIndex,
                upliftCapPercent,
                upliftFloorPercent,
                notes,
                alertLeadDays,
                basedOn);
    }

    /** The renewal-relevant part, for the engine. */
    public RenewalTerms renewalTerms() {
        return new RenewalTerms(
                start,
                initialTermMonths,
                renewalType,
                renewalType == RenewalType.NONE ? 0 : renewalPeriodMonths,
                noticeAmount,
                noticeUnit,
                explicitRenewals,
                noticeGivenOn);
    }
}
