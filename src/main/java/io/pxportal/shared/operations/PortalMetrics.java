package io.pxportal.shared.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The portal's own metrics, named here and nowhere else, so that the dashboard (docs/grafana/px-portal.json), the
 * documentation (docs/deployment.md) and the code agree. Micrometer names use dots; Prometheus shows them with
 * underscores and a unit suffix ({@code px.jobs.duration} → {@code px_jobs_duration_seconds}).
 */
@Component
public class PortalMetrics {

    /** Open Vaadin sessions of this node (a gauge). */
    public static final String UI_SESSIONS = "px.ui.sessions";
    /** Server time of each UIDL request (a click, a keystroke sent, a navigation), tagged by the view shown. */
    public static final String UI_ROUNDTRIP = "px.ui.roundtrip";
    /** REST API requests by method and response status, counted before security so refusals count too. */
    public static final String API_REQUESTS = "px.api.requests";
    /** Rows read by finished imports, by record type and outcome; its rate is rows per second. */
    public static final String IMPORT_ROWS = "px.import.rows";
    /** Finished import runs (validation or commit) by record type, step and outcome, with their duration. */
    public static final String IMPORT_RUNS = "px.import.runs";
    /** Duration of each scheduled job run, by job and outcome. */
    public static final String JOB_DURATION = "px.jobs.duration";
    /** When each scheduled job last succeeded on this node, in seconds since the epoch. */
    public static final String JOB_LAST_SUCCESS = "px.jobs.last.success";
    /** Alerts raised by the alert scan, by source (the kind of record they are about). */
    public static final String ALERTS_RAISED = "px.alerts.raised";
    /** E-mails handed to the mail server, by kind and outcome (sent, failed). */
    public static final String MAILS = "px.mails";
    /**
     * Event publications not yet completed by their listeners (failed, interrupted or still running), read from the
     * event publication registry shared by all nodes: the same number on every node.
     */
    public static final String EVENTS_INCOMPLETE = "px.events.incomplete";

    public static final String TAG_VIEW = "view";
    public static final String TAG_STATUS = "status";
    public static final String TAG_METHOD = "method";
    public static final String TAG_TYPE = "type";
    public static final String TAG_STEP = "step";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_JOB = "job";
    public static final String TAG_SOURCE = "source";
    public static final String TAG_KIND = "kind";

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public PortalMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Runs a scheduled job, timing it and, when it returns normally, setting its last success time. A failure is
     * timed as such and rethrown, so the scheduler logs it as before.
     */
    public void job(String job, Runnable work) {
        Timer.Sample sample = Timer.start(registry);
        try {
            work.run();
            sample.stop(jobTimer(job, SUCCESS));
            lastSuccess(job).set(clock.instant().getEpochSecond());
        } catch (RuntimeException | Error e) {
            sample.stop(jobTimer(job, FAILURE));
            throw e;
        }
    }

    /** Counts the alerts one scan of a source raised (zero registers the source, so its line starts at 0). */
    public void alertsRaised(String source, int count) {
        Counter.builder(ALERTS_RAISED)
                .tag(TAG_SOURCE, source)
                .register(registry)
                .increment(count);
    }

    /** Counts one e-mail of the given kind as sent or failed. */
    public void mail(String kind, boolean sent) {
        Counter.builder(MAILS)
                .tag(TAG_KIND, kind)
                .tag(TAG_OUTCOME, sent ? "sent" : "failed")
                .register(registry)
                .increment();
    }

    /** Records a finished import run: its rows, how long it took, and how it ended (done, rejected, failed, …). */
    public void importRun(String type, String step, String outcome, long rows, Duration took) {
        Timer.builder(IMPORT_RUNS)
                .tag(TAG_TYPE, type)
                .tag(TAG_STEP, step)
                .tag(TAG_OUTCOME, outcome)
                .register(registry)
                .record(took);
        Counter.builder(IMPORT_ROWS)
                .baseUnit("rows")
                .tag(TAG_TYPE, type)
                .tag(TAG_OUTCOME, outcome)
                .register(registry)
                .increment(rows);
    }

    /** Counts one REST API request. */
    void apiRequest(String method, int status) {
        Counter.builder(API_REQUESTS)
                .tag(TAG_METHOD, method)
                .tag(TAG_STATUS, Integer.toString(status))
                .register(registry)
                .increment();
    }

    /** Records the server time of one UIDL request of the given view. */
    void uiRoundtrip(String view, long nanos) {
        Timer.builder(UI_ROUNDTRIP)
                .tag(TAG_VIEW, view)
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Shows the number of incomplete event publications. */
    void eventsIncomplete(Supplier<Number> incomplete) {
        Gauge.builder(EVENTS_INCOMPLETE, incomplete).strongReference(true).register(registry);
    }

    /** Shows the number of open UI sessions. */
    void uiSessions(Supplier<Number> open) {
        Gauge.builder(UI_SESSIONS, open).strongReference(true).register(registry);
    }

    private Timer jobTimer(String job, String outcome) {
        return Timer.builder(JOB_DURATION)
                .tag(TAG_JOB, job)
                .tag(TAG_OUTCOME, outcome)
                .register(registry);
    }

    private AtomicLong lastSuccess(String job) {
        return lastSuccess.computeIfAbsent(job, name -> {
            AtomicLong at = new AtomicLong();
            Gauge.builder(JOB_LAST_SUCCESS, at, AtomicLong::get)
                    .baseUnit("seconds")
                    .tag(TAG_JOB, name)
                    .register(registry);
            return at;
        });
    }
}
