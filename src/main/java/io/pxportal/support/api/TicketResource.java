package io.pxportal.support.api;

import io.pxportal.support.SlaClock;
import io.pxportal.support.StatusChange;
import io.pxportal.support.TicketView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A ticket with both SLA clocks as of now (minutes of working time) and its status history. */
@Schema(name = "Ticket")
record TicketResource(
        Long id,
        Long platformId,
        String platform,
        String vendor,
        String caseId,
        String severity,
        String severityName,
        String category,
        String title,
        String status,
        Instant openedAt,
        Instant resolvedAt,
        String policy,
        String timeZone,
        Clock response,
        Clock resolution,
        List<StatusChange> history) {

    /** One SLA clock: target and used minutes, outcome, when it falls due if it keeps running. */
    @Schema(name = "SlaClock")
    record Clock(long targetMinutes, long usedMinutes, String outcome, Instant dueAt) {

        static Clock of(SlaClock clock) {
            return clock == null
                    ? null
                    : new Clock(
                            clock.target().toMinutes(),
                            clock.used().toMinutes(),
                            clock.outcome().name(),
                            clock.dueAt());
        }
    }

    static TicketResource of(TicketView t) {
        return new TicketResource(
                t.id(),
                t.platformId(),
                t.platform(),
                t.vendor(),
                t.caseId(),
                t.severity().name(),
                t.severityName(),
                t.category().name(),
                t.title(),
                t.status().name(),
                t.openedAt(),
                t.resolvedAt(),
                t.policy(),
                t.zone().getId(),
                Clock.of(t.response()),
                Clock.of(t.resolution()),
                t.history());
    }
}
