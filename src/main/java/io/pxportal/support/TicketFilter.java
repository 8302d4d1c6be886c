package io.pxportal.support;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which tickets a list shows: text in case id or title; {@code platformIds} null for all platforms (a vendor's
 * platforms when filtering by vendor); a severity; the month opened; open ones only; breached ones only.
 */
public record TicketFilter(
        String text,
        Set<Long> platformIds,
        Severity severity,
        YearMonth fromMonth,
        YearMonth toMonth,
        boolean openOnly,
        boolean breachedOnly) {

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, false, false);
    }

    /**
     * The filter as query parameters of the support view ({@code support?platform=3&from=2026-07&to=2026-09}), so
     * a figure elsewhere in the portal (a PX driver's evidence, a card) opens the tickets behind it.
     */
    public Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            query.put("text", text);
        }
        if (platformIds != null) {
            query.put(
                    "platform",
                    new TreeSet<>(platformIds).stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (severity != null) {
            query.put("severity", severity.name());
        }
        if (fromMonth != null) {
            query.put("from", fromMonth.toString());
        }
        if (toMonth != null) {
            query.put("to", toMonth.toString());
        }
        if (openOnly) {
            query.put("open", "true");
        }
        if (breachedOnly) {
            query.put("breached", "true");
        }
        return query;
    }

    /** The filter a link's query parameters name (see {@link #query()}); null when they name none or are broken. */
    public static TicketFilter fromQuery(Map<String, List<String>> parameters) {
        if (parameters.keySet().stream()
                .noneMatch(Set.of("text", "platform", "severity", "from", "to", "open", "breached")::contains)) {
            return null;
        }
        try {
            String platforms = first(parameters, "platform");
            String severity = first(parameters, "severity");
            String from = first(parameters, "from");
            String to = first(parameters, "to");
            return new TicketFilter(
                    first(parameters, "text"),
                    platforms == null
                            ? null
                            : java.util.Arrays.stream(platforms.split(","))
                                    .filter(s -> !s.isBlank())
                                    .map(s -> Long.valueOf(s.trim()))
                                    .collect(Collectors.toSet()),
                    severity == null ? null : Severity.valueOf(severity),
                    from == null ? null : YearMonth.parse(from),
                    to == null ? null : YearMonth.parse(to),
                    "true".equals(first(parameters, "open")),
                    "true".equals(first(parameters, "breached")));
        } catch (IllegalArgumentException | DateTimeParseException broken) {
            return null; // a mangled link shows the whole list rather than an error
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
    }
}
