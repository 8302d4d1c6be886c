package io.pxportal.experience;

/** Where a metric's values come from. */
public enum MetricSource {
    /** Entered in the observation grid. */
    MANUAL,
    /** The PO pulse survey's mean answer, once enough owners answered. */
    SURVEY,
    /** Imported from a file or pushed through the API (e.g. from the output management system). */
    IMPORTED,
    /** Computed from another module's records through a {@link io.pxportal.shared.metric.DerivedMetricSource}. */
    DERIVED
}
