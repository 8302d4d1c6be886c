package io.pxportal.governance;

import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.AlertsOutdated;
import io.pxportal.shared.alert.ExpectedAlert;
import io.pxportal.shared.operations.PortalMetrics;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the inbox in line with what every {@link AlertSource} calls for: raises each new alert once per
 * recipient, kind, record, due date and stage, and resolves the open ones no longer called for (a changed date
 * or a new stage raises a new alert; a stage or date seen before is never raised twice), and keeps the platforms each
 * alert concerns as its source says. Runs daily (once per cluster, ShedLock), at start-up, and when a module reports its alerts
 * outdated.
 */
@Component
class AlertScanner {

    static final String LOCK = "alert-scan";
    private static final Logger log = LoggerFactory.getLogger(AlertScanner.class);

    private final AlertRepository alerts;
    private final Map<String, AlertSource> sources;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PortalMetrics metrics;

    AlertScanner(
            AlertRepository alerts,
            List<AlertSource> sources,
            PlatformTransactionManager transactions,
            Clock clock,
            PortalMetrics metrics) {
        this.alerts = alerts;
        this.sources = sources.stream().collect(Collectors.toMap(AlertSource::subjectType, Function.identity()));
        // Its own transaction, committed before the lock is released: the next scan must see what this one raised,
        // even when it runs inside a caller's transaction (an event listener).
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${px.alerts.scan-cron:0 0 6 * * *}")
    @SchedulerLock(name = AlertScanner.LOCK, lockAtMostFor = "PT30M")
    public void daily() {
        metrics.job(LOCK, () -> scan());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        metrics.job(LOCK, () -> scan());
    }

    /** A change that settles an alert (a renewal decision) closes it at once, not only at the next scan. */
    @ApplicationModuleListener
    void on(AlertsOutdated outdated) {
        Optional.ofNullable(sources.get(outdated.subjectType())).ifPresent(this::scan);
    }

    Optional<AlertSource> source(String subjectType) {
        return Optional.ofNullable(sources.get(subjectType));
    }

    /** Brings the alerts of every source in line with its data; returns how many were raised. */
    int scan() {
        return sources.values().stream().mapToInt(this::scan).sum();
    }

    /** One node runs one scan of a source at a time, so two scans never raise the same alert twice. */
    private synchronized int scan(AlertSource source) {
        int[] raised = {0};
        SystemAuthentication.runAs("alert-scan", () -> {
            List<ExpectedAlert> expected = source.expected(LocalDate.now(clock));
            raised[0] = transaction.execute(s -> apply(source.subjectType(), expected));
        });
        log.info("Alert scan of {} raised {} alerts", source.subjectType(), raised[0]);
        metrics.alertsRaised(source.subjectType(), raised[0]);
        return raised[0];
    }

    private int apply(String subjectType, List<ExpectedAlert> expected) {
        Map<List<Object>, Set<Long>> wanted = new HashMap<>();
        expected.forEach(e ->
                wanted.computeIfAbsent(key(e), k -> new java.util.HashSet<>()).addAll(e.platformIds()));
        for (Alert open : alerts.open(subjectType)) {
            Set<Long> platforms = wanted.get(key(open));
            if (platforms == null) {
                open.resolve(clock.instant());
            } else {
                open.concern(platforms);
            }
        }
        Map<Long, Set<List<Object>>> existing = new HashMap<>();
        int raised = 0;
        for (ExpectedAlert e : expected) {
            Set<List<Object>> known = existing.computeIfAbsent(
                    e.subjectId(),
                    id -> alerts.about(subjectType, id).stream()
                            .map(AlertScanner::key)
                            .collect(Collectors.toSet()));
            if (known.add(key(e))) {
                alerts.save(new Alert(
                        e.recipient(),
                        e.kind(),
                        subjectType,
                        e.subjectId(),
                        e.label(),
                        e.due(),
                        e.stage(),
                        wanted.get(key(e)),
                        clock.instant()));
                raised++;
            }
        }
        return raised;
    }

    private static List<Object> key(ExpectedAlert e) {
        return List.of(e.recipient(), e.kind(), e.subjectId(), e.due(), e.stage());
    }

    private static List<Object> key(Alert a) {
        return List.of(a.getRecipient(), a.getKind(), a.getSubjectId(), a.getDueDate(), a.getStage());
    }
}
