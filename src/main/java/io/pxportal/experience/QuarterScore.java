package io.pxportal.experience;

/** One quarter of a trend: the scorecard computed with that quarter's catalogue version. */
public record QuarterScore(Quarter period, Scorecard scorecard) {}
