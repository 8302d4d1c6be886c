package io.pxportal.shared.search;

/**
 * One record the global search found: its kind (a message key such as {@code search.kind.vendor}), the name it is
 * known by, a line of context (vendor, status, date; may be empty) and the location of the record's page, relative to
 * the portal's root ({@code contracts?contract=7}).
 */
public record SearchHit(String kindKey, String title, String detail, String location) {}
