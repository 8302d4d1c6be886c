package io.pxportal.contracts.api;

import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API answers it: what was agreed, the names it refers to, and where it stands today. */
@Schema(name = "Contract")
record ContractResource(
        Long id,

        @Schema(description = "Also the ETag; send it back in If-Match to change or delete")
        Long version,

        String number,
        String title,
        VendorRef vendor,
        List<PlatformRef> platforms,
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

        @Schema(description = "Days before a notice deadline or contract end at which the owners are alerted")
        List<Integer> alertLeadDays,

        @Schema(description = "Where the contract stands today")
        ScheduleResource today,

        @Schema(description = "Whether the token's owner may change or delete it")
        boolean editable,

        @Schema(
                description = "Whether its terms cannot work as entered: a term as short as its notice period or "
                        + "shorter, so that the notice deadline falls before the term starts (saved all the same; see "
                        + "warnings)")
        boolean inconsistent,

        @Schema(description = "What is inconsistent, in the language of Accept-Language; empty when nothing is")
        List<ScheduleResource.Sentence> warnings) {

    static ContractResource of(
            ContractView contract, ScheduleResource today, List<ScheduleResource.Sentence> warnings) {
        ContractDraft d = contract.draft();
        return new ContractResource(
                contract.id(),
                d.version(),
                d.number(),
                d.title(),
                contract.vendor(),
                contract.platforms(),
                d.owner(),
                d.start(),
                d.initialTermMonths(),
                d.renewalType(),
                d.renewalPeriodMonths(),
                d.noticeAmount(),
                d.noticeUnit(),
                d.explicitRenewals(),
                d.noticeGivenOn(),
                d.currency(),
                d.annualValue(),
                d.upliftType(),
                d.upliftPercent(),
                d.upliftIndex(),
                d.upliftCapPercent(),
                d.upliftFloorPercent(),
                d.notes(),
                d.alertLeadDays(),
                today,
                contract.editable(),
                !warnings.isEmpty(),
                List.copyOf(warnings));
    }
}
