package io.pxportal.support;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A vendor ticket with both SLA clocks as of now (null without a policy), its status history, the severity's name
 * in the policy, the calendar's zone, and whether the current user may change it.
 */
public record TicketView(
        Long id,
        Long version,
        Long platformId,
        String platform,
        String vendor,
        String caseId,
        Severity severity,
        String severityName,
        TicketCategory category,
        String title,
        TicketStatus status,
        Instant openedAt,
        Instant resolvedAt,
        Long policyId,
        String policy,
        ZoneId zone,
        SlaClock response,
        SlaClock resolution,
        List<StatusChange> history,
        boolean editable) {

    /** The worse of the two outcomes (breached before at risk before running before met). */
    public SlaOutcome worstOutcome() {
        SlaOutcome worst = null;
        for (SlaClock clock : new SlaClock[] {response, resolution}) {
            if (clock != null && (worst == null || rank(clock.outcome()) > rank(worst))) {
                worst = clock.outcome();
            }
        }
        return worst;
    }

    private static int rank(SlaOutcome outcome) {
        return switch (outcome) {
            case MET -> 0;
            case RUNNING -> 1;
            case AT_RISK -> 2;
            case BREACHED -> 3;
        };
    }
}
