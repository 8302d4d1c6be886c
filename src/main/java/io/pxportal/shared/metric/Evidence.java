package io.pxportal.shared.metric;

import java.util.Map;

/**
 * One record behind a score, for provenance: what it is ({@code kind}, e.g. {@code contract}, {@code ticket}),
 * a label a person recognises, what it contributed in words, and where it is opened in the portal
 * ({@code route} with {@code query}; null route when it cannot be opened).
 */
public record Evidence(String kind, Long id, String label, String detail, String route, Map<String, String> query) {

    public Evidence {
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    /** Evidence opened at {@code route?parameter=id}. */
    public static Evidence linked(String kind, Long id, String label, String detail, String route, String parameter) {
        return new Evidence(kind, id, label, detail, route, Map.of(parameter, String.valueOf(id)));
    }
}
