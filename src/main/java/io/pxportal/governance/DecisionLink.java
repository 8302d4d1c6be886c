package io.pxportal.governance;

/** A record a decision is about: e.g. subject type {@code contract} and its id, with a label to show. */
public record DecisionLink(String subjectType, Long subjectId, String label) {}
