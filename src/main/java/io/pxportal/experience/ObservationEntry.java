package io.pxportal.experience;

import java.math.BigDecimal;

/** A line of the entry grid: a metric that takes observations, and its value for the quarter so far (if any). */
public record ObservationEntry(
        MetricDefinition metric, Long observationId, Long version, BigDecimal value, String note) {}
