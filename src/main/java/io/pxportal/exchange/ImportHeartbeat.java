package io.pxportal.exchange;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports this node is running, and their heartbeat: every {@link #EVERY_MS} the node renews the heartbeat of
 * each import it runs, however long a step takes without a progress report. An import whose heartbeat stands still
 * for {@link #STALE_AFTER} has lost its node (it stopped or died) and may be failed by any node.
 */
@Component
class ImportHeartbeat {

    static final long EVERY_MS = 20_000;
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ImportJobRepository jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** This node's name on the imports it runs: the host, and a random part that a restart renews. */
    private final String node;

    ImportHeartbeat(ImportJobRepository jobs, PlatformTransactionManager transactions, Clock clock) {
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = host() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    String node() {
        return node;
    }

    void started(long jobId) {
        running.add(jobId);
    }

    void ended(long jobId) {
        running.remove(jobId);
    }

    /** Whether a running import's node has gone quiet: not this node, and no heartbeat for {@link #STALE_AFTER}. */
    boolean isStale(ImportJob job) {
        return job.getStatus().isRunning()
                && !running.contains(job.getId())
                && job.lastSignOfLife().isBefore(clock.instant().minus(STALE_AFTER));
    }

    @Scheduled(fixedDelay = EVERY_MS)
    void beat() {
        if (!running.isEmpty()) {
            transaction.executeWithoutResult(s -> jobs.touchRunning(Set.copyOf(running), clock.instant()));
        }
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 40 ? name.substring(0, 40) : name;
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
