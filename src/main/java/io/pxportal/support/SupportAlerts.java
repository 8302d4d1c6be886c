package io.pxportal.support;

import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Ticket alerts for the owners of the ticket's platform: an open ticket whose SLA clock is at risk (due on the day
 * it falls due) or already breached (dated the day it was opened), until it is resolved.
 */
@Component
class SupportAlerts implements AlertSource {

    static final String SUBJECT = "vendor-ticket";
    static final String AT_RISK = "SLA_AT_RISK";
    static final String BREACHED = "SLA_BREACHED";
    private static final int PAGE = 200;

    private final TicketService tickets;
    private final PlatformService platforms;

    SupportAlerts(TicketService tickets, PlatformService platforms) {
        this.tickets = tickets;
        this.platforms = platforms;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public AlertLink link(Long ticketId) {
        return AlertLink.to("support", "ticket", ticketId);
    }

    @Override
    public List<ExpectedAlert> expected(LocalDate today) {
        TicketFilter open = new TicketFilter(null, null, null, null, null, true, false);
        Map<Long, Set<String>> owners = new HashMap<>();
        List<ExpectedAlert> expected = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<TicketView> views = tickets.page(open, PageRequest.of(page, PAGE, Sort.by("id")));
            for (TicketView t : views) {
                SlaOutcome worst = t.worstOutcome();
                if (worst != SlaOutcome.AT_RISK && worst != SlaOutcome.BREACHED) {
                    continue;
                }
                LocalDate due = worst == SlaOutcome.BREACHED || t.resolution().dueAt() == null
                        ? t.openedAt().atZone(t.zone()).toLocalDate()
                        : t.resolution().dueAt().atZone(t.zone()).toLocalDate();
                String label = t.caseId() + " · " + t.severity() + " · " + t.title();
                for (String owner : owners.computeIfAbsent(
                        t.platformId(),
                        id -> platforms.get(id).owners().stream()
                                .map(UserRef::username)
                                .collect(Collectors.toSet()))) {
                    expected.add(new ExpectedAlert(
                                    owner, worst == SlaOutcome.BREACHED ? BREACHED : AT_RISK, t.id(), label, due)
                            .about(Set.of(t.platformId())));
                }
            }
            if (views.size() < PAGE) {
                break;
            }
        }
        return expected;
    }
}
