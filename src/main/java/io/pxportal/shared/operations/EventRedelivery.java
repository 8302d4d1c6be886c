package io.pxportal.shared.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event whose listener has not completed: one that threw, or one whose node stopped between
 * the publishing commit and the listener's end. Runs on a schedule, once per cluster (ShedLock), for publications
 * older than {@code px.events.retry-after}, so a delivery still running on a live node is left alone; and once at
 * start-up (see {@link EventRedeliveryAtStart}) for everything published before this node started. A delivery that
 * does run twice is harmless: every listener is idempotent (docs/architecture.md).
 */
@Component
public class EventRedelivery {

    static final String LOCK = "event-redelivery";
    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate jdbc;
    private final PortalMetrics metrics;
    private final Clock clock;
    private final Duration retryAfter;

    EventRedelivery(
            IncompleteEventPublications incomplete,
            JdbcTemplate jdbc,
            PortalMetrics metrics,
            Clock clock,
            EventProperties properties) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.clock = clock;
        this.retryAfter = properties.retryAfter();
        metrics.eventsIncomplete(this::incompleteCount);
    }

    /**
     * Resubmits the incomplete publications old enough that no node is still delivering them. Unlike the daily jobs,
     * its lock is not held past its end: a second run is harmless (a listener completes a publication once and the
     * booking is idempotent), and a node's start-up run must not keep the next run out for a minute.
     */
    @Scheduled(cron = "${px.events.retry-cron:0 */5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT0S")
    public void retry() {
        metrics.job(LOCK, () -> resubmitPublishedBefore(clock.instant().minus(retryAfter)));
    }

    /** Resubmits the incomplete publications published before {@code instant}; none of them is this node's. */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT0S")
    public void resubmitPublishedBefore(Instant instant) {
        long before = incompleteCount();
        if (before > 0) {
            log.info(
                    "Delivering again the incomplete event publications published before {} ({} incomplete)",
                    instant,
                    before);
            incomplete.resubmitIncompletePublications(
                    p -> p.getPublicationDate().isBefore(instant));
        }
    }

    /** Publications whose listener has not completed (failed, interrupted, or still running). */
    public long incompleteCount() {
        Long count =
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return count == null ? 0 : count;
    }
}
