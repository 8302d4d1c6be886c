package io.pxportal.exchange;

/** What is wrong with one cell (or a whole row when {@code column} is empty), as a message key. */
public record RowError(long row, String column, String messageKey, Object... arguments) {}
