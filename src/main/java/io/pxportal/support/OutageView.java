package io.pxportal.support;

/** An outage as lists show it, with its platform's name and whether the current user may change it. */
public record OutageView(Long id, OutageDraft draft, String platform, boolean editable) {}
