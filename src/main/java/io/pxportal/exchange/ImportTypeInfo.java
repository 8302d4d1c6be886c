package io.pxportal.exchange;

import java.util.List;

/** An importable record type for pickers and templates. */
public record ImportTypeInfo(String type, String labelKey, List<ImportColumn> columns) {}
