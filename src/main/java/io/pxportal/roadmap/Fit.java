package io.pxportal.roadmap;

import java.math.BigDecimal;
import java.util.List;

/** Roadmap fit 0–100 (null when no objective has weight) and how each objective is covered. */
public record Fit(BigDecimal score, List<ObjectiveFit> objectives) {}
