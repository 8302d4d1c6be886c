package io.pxportal.support.api;

import io.pxportal.support.Severity;
import io.pxportal.support.SeverityTarget;
import io.pxportal.support.SlaPolicyDraft;
import io.pxportal.support.SlaPolicyView;
import io.pxportal.support.TicketStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An SLA policy as the API reads and writes it. Targets per severity (P1–P4) in minutes, each of business hours or
 * round the clock. {@code id}, {@code contractNumber}, {@code calendar}, {@code timeZone} and {@code retiredOn} are
 * ignored on input.
 */
@Schema(name = "SlaPolicy")
record PolicyResource(
        Long id,
        Long contractId,
        String contractNumber,
        String name,
        Long calendarId,
        String calendar,
        String timeZone,
        Set<TicketStatus> pausingStatuses,
        BigDecimal uptimeTarget,
        BigDecimal monthlyFee,
        String currency,
        String creditTiers,
        BigDecimal creditCapPercent,
        Integer claimWindowDays,
        Map<Severity, SeverityTarget> targets,
        LocalDate retiredOn) {

    static PolicyResource of(SlaPolicyView v) {
        SlaPolicyDraft d = v.draft();
        return new PolicyResource(
                v.id(),
                d.contractId(),
                v.contractNumber(),
                d.name(),
                d.calendarId(),
                v.calendarName(),
                v.zone().getId(),
                d.pausingStatuses(),
                d.uptimeTarget(),
                d.monthlyFee(),
                d.currency(),
                d.creditTiers(),
                d.creditCapPercent(),
                d.claimWindowDays(),
                d.targets(),
                v.retiredOn());
    }

    SlaPolicyDraft toDraft(Long version) {
        return new SlaPolicyDraft(
                contractId,
                name,
                calendarId,
                pausingStatuses,
                uptimeTarget,
                monthlyFee,
                currency,
                creditTiers,
                creditCapPercent,
                claimWindowDays == null ? 30 : claimWindowDays,
                targets,
                version);
    }
}
