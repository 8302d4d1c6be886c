package io.pxportal.experience;

import io.pxportal.shared.metric.Evidence;
import java.util.List;

/**
 * Where a metric's score came from: the metric as the quarter's catalogue defines it, its score, how the value
 * was obtained ({@code basisKey} with arguments, a message: entered, survey mean of n responses, derived by a
 * module, no data) and the records behind it.
 */
public record Provenance(
        Quarter period,
        int catalogue,
        MetricScore score,
        String basisKey,
        List<Object> basisArguments,
        List<Evidence> evidence) {

    public Provenance {
        basisArguments = List.copyOf(basisArguments);
        evidence = List.copyOf(evidence);
    }
}
