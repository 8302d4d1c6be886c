package io.pxportal.shared.alert;

import java.util.Map;

/** A place in the portal: a route and its query parameters, e.g. {@code contracts?contract=42}. */
public record AlertLink(String route, Map<String, String> query) {

    public AlertLink {
        query = Map.copyOf(query);
    }

    public static AlertLink to(String route, String parameter, Object value) {
        return new AlertLink(route, Map.of(parameter, String.valueOf(value)));
    }
}
