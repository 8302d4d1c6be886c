package io.pxportal.exchange;

import io.pxportal.shared.operations.PortalMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fails the imports that will never end by themselves, so none holds its user's wizard: one whose node is gone (no
 * heartbeat for {@link ImportHeartbeat#STALE_AFTER}) as interrupted, one that made no progress for
 * {@code px.import.stall-timeout} as stuck. A node still running a stuck import sees it failed at its next step and
 * rolls back. Runs every minute, once per cluster (ShedLock).
 */
@Component
class ImportSweeper {

    static final String LOCK = "import-sweep";
    private static final Logger log = LoggerFactory.getLogger(ImportSweeper.class);

    private final ImportJobRepository jobs;
    private final ImportHeartbeat heartbeat;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalMetrics metrics;
    private final Duration stallTimeout;

    ImportSweeper(
            ImportJobRepository jobs,
            ImportHeartbeat heartbeat,
            PlatformTransactionManager transactions,
            Clock clock,
            PortalMetrics metrics,
            ImportProperties properties) {
        this.jobs = jobs;
        this.heartbeat = heartbeat;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.metrics = metrics;
        this.stallTimeout = properties.stallTimeout();
    }

    @Scheduled(cron = "${px.import.sweep-cron:0 * * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void scheduled() {
        metrics.job(LOCK, this::sweep);
    }

    /** Fails every running import whose node is gone or that is stuck; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        int[] failed = {0};
        transaction.executeWithoutResult(s -> {
            for (ImportJob job : jobs.running()) {
                if (heartbeat.isStale(job)) {
                    log.warn(
                            "Import {} of {} lost its node {}: failed as interrupted",
                            job.getId(),
                            job.getUsername(),
                            job.getNodeId());
                    job.failed("import.interrupted", null, now);
                    failed[0]++;
                } else if (job.getUpdatedAt().isBefore(now.minus(stallTimeout))) {
                    log.warn(
                            "Import {} of {} made no progress since {}: failed as stuck",
                            job.getId(),
                            job.getUsername(),
                            job.getUpdatedAt());
                    job.failed("import.stalled", stallTimeout.toMinutes(), now);
                    failed[0]++;
                }
            }
        });
        return failed[0];
    }
}
