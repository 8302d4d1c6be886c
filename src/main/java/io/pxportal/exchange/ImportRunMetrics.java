package io.pxportal.exchange;

import io.pxportal.shared.operations.PortalMetrics;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** The steps and outcomes of an import run, as its metrics tell them (docs/deployment.md). */
@Component
class ImportRunMetrics {

    static final String STEP_VALIDATE = "validate";
    static final String STEP_COMMIT = "commit";
    static final String STEP_API = "api";
    static final String REJECTED = "rejected";
    static final String CANCELLED = "cancelled";

    private final PortalMetrics metrics;

    ImportRunMetrics(PortalMetrics metrics) {
        this.metrics = metrics;
    }

    /** A run that ended as {@code outcome} after {@code rows} rows; {@code startedNanos} from {@link System#nanoTime}. */
    void ended(String type, String step, String outcome, long rows, long startedNanos) {
        metrics.importRun(type, step, outcome, rows, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** A run that wrote its rows: those it wrote or found identical (repeated rows of the file count once). */
    void written(String type, String step, ImportOutcome outcome, long startedNanos) {
        long rows = (long) outcome.created() + outcome.updated() + outcome.unchanged();
        ended(type, step, PortalMetrics.SUCCESS, rows, startedNanos);
    }

    /** A run that threw: its rows refused, cancelled, or failed otherwise. */
    void failed(String type, String step, RuntimeException e, long startedNanos) {
        String outcome = e instanceof ImportRejectedException
                ? REJECTED
                : e instanceof ImportStoppedException ? CANCELLED : PortalMetrics.FAILURE;
        ended(type, step, outcome, 0, startedNanos);
    }
}
