package io.pxportal.exchange;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How an import job keeps its column mapping ("column=index,…") and its values for the whole file
 * ("column=URL-encoded value&…") in text columns of {@code import_job}.
 */
final class ImportJobText {

    /** The longest text either column holds. */
    static final int MAX_LENGTH = 4000;

    private ImportJobText() {}

    static String mapping(Map<String, Integer> mapping) {
        return mapping.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<String, Integer> mapping(String text) {
        Map<String, Integer> result = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=");
                result.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return result;
    }

    /** The values as text, or null when there are none; refused when they do not fit the column. */
    static String values(Map<String, String> values) {
        String encoded = values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (encoded.length() > MAX_LENGTH) {
            throw new io.pxportal.shared.domain.DomainException("import.values.too-long");
        }
        return encoded.isEmpty() ? null : encoded;
    }

    static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split("&")) {
                int at = pair.indexOf('=');
                values.put(pair.substring(0, at), URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
