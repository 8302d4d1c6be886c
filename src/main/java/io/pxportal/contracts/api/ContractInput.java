package io.pxportal.contracts.api;

import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A contract as a client sends it; the version it is based on travels in {@code If-Match}, not in the body. */
@Schema(name = "ContractInput")
record ContractInput(
        @Schema(example = "OT-2019-0042", requiredMode = Schema.RequiredMode.REQUIRED)
        String number,

        @Schema(example = "Exstream licence and maintenance", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long vendorId,

        @Schema(description = "Ids of the platforms the contract covers; their owners may change it")
        Set<Long> platformIds,

        @Schema(description = "Username of the contract owner", example = "olena")
        String owner,

        @Schema(example = "2021-04-07", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate start,

        @Schema(example = "36", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer initialTermMonths,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RenewalType renewalType,

        @Schema(description = "Months per renewal; required unless renewalType is NONE", example = "12")
        Integer renewalPeriodMonths,

        @Schema(description = "Notice period, in noticeUnit; 0 for none", example = "90")
        Integer noticeAmount,

        @Schema(example = "DAYS") NoticeUnit noticeUnit,

        @Schema(description = "Renewals agreed so far (EXPLICIT only)", example = "0")
        Integer explicitRenewals,

        @Schema(description = "The day notice to end was given (AUTOMATIC only)")
        LocalDate noticeGivenOn,

        @Schema(description = "ISO 4217 code", example = "EUR", requiredMode = Schema.RequiredMode.REQUIRED)
        String currency,

        @Schema(example = "360000.00") BigDecimal annualValue,
        @Schema(example = "INDEX") UpliftType upliftType,
        @Schema(description = "FIXED only", example = "3") BigDecimal upliftPercent,

        @Schema(description = "INDEX only", example = "Eurozone HICP")
        String upliftIndex,

        @Schema(description = "INDEX only", example = "7") BigDecimal upliftCapPercent,
        @Schema(description = "INDEX only", example = "3") BigDecimal upliftFloorPercent,
        String notes,

        @Schema(
                description = "Days before a notice deadline or contract end at which the owners are alerted, "
                        + "1–730 each, at most 10; each is a new alert. Left out: unchanged (a new contract gets "
                        + "120, 90, 60, 30, 7)",
                example = "[120, 90, 60, 30, 7]")
        List<Integer> alertLeadDays) {

    /** Numbers left out count as 0, units and uplift as days and none, so a minimal body is short. */
    ContractDraft toDraft(Long version) {
        return new ContractDraft(
                number,
                title,
                vendorId,
                platformIds,
                owner,
                start,
                orZero(initialTermMonths),
                renewalType,
                orZero(renewalPeriodMonths),
                orZero(noticeAmount),
                noticeUnit == null ? NoticeUnit.DAYS : noticeUnit,
                orZero(explicitRenewals),
                noticeGivenOn,
                currency,
                annualValue,
                upliftType == null ? UpliftType.NONE : upliftType,
                upliftPercent,
                upliftIndex,
                upliftCapPercent,
                upliftFloorPercent,
                notes,
                alertLeadDays,
                version);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
