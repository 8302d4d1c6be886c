package io.pxportal.support;

import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.operations.PortalMetrics;
import io.pxportal.shared.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, once per cluster: open tickets are re-timed, so that the outcomes compliance counts catch up with
 * clocks that ran over their target since the ticket last changed.
 */
@Component
class TicketRetimer {

    static final String LOCK = "support-ticket-retime";
    private static final Logger log = LoggerFactory.getLogger(TicketRetimer.class);

    private final TicketService tickets;
    private final PortalMetrics metrics;

    TicketRetimer(TicketService tickets, PortalMetrics metrics) {
        this.tickets = tickets;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${px.support.retime-cron:0 30 5 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void retime() {
        metrics.job(
                LOCK,
                () -> SystemAuthentication.runAs(
                        "sla-clock",
                        () -> AuditActor.as("sla-clock", () -> {
                            log.info("Re-timed {} open vendor tickets", tickets.retimeOpen());
                            return null;
                        })));
    }
}
