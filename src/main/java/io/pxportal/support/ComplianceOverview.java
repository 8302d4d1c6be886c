package io.pxportal.support;

import java.util.List;
import java.util.Map;

/** The compliance tab's figures from one grouped query: the grid's rows and the trend per severity. */
public record ComplianceOverview(List<ComplianceRow> rows, Map<Severity, List<ComplianceRow>> trend) {}
