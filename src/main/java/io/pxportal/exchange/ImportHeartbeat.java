package io.pxportal.exchange;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports this node is running, and their heartbeat: their time is refreshed every {@link #EVERY_MS}, however
 * long a step takes without a progress report, so an import whose time stands still for {@link #STALE_AFTER} was
 * cut off (its node stopped or died) and may be failed by any node.
 */
@Component
class ImportHeartbeat {

    static final long EVERY_MS = 20_000;
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(2);

    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ImportJobRepository jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportHeartbeat(ImportJobRepository jobs, PlatformTransactionManager transactions, Clock clock) {
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void started(long jobId) {
        running.add(jobId);
    }

    void ended(long jobId) {
        running.remove(jobId);
    }

    /** Whether a running import has stopped reporting and is not one of this node's. */
    boolean isStale(ImportJob job) {
        return job.getStatus().isRunning() && !running.contains(job.getId())
                && job.getUpdatedAt().isBefore(clock.instant().minus(STALE_AFTER));
    }

    @Scheduled(fixedDelay = EVERY_MS)
    void beat() {
        if (!running.isEmpty()) {
            transaction.executeWithoutResult(s -> jobs.touchRunning(Set.copyOf(running), clock.instant()));
        }
    }
}
