package io.pxportal.roadmap;

import java.util.List;

/** Platforms × objectives for a quarter: the objectives that carry weight then, and each platform's fit. */
public record Heatmap(Quarter quarter, WeightSetView weights, List<ObjectiveRef> objectives, List<PlatformFit> rows) {}
