package io.pxportal.shared.alert;

/**
 * Published by a module when a change makes its alerts out of date at once (a renewal decision silences the
 * notice alerts of a term), so the inbox need not wait for the next daily scan.
 */
public record AlertsOutdated(String subjectType) {}
