package io.pxportal.shared.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's version as its ETag ({@code "7"}), and back from {@code If-Match}. Every change through the API must
 * name the version it was based on, so that nobody overwrites a change they have not seen.
 */
public final class ETags {

    private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {}

    public static String of(Long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names. Missing (or {@code *}, which would match any version) is 428;
     * anything that is not one of our ETags cannot match the current one, so it is 412.
     */
    public static long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            throw new ApiPreconditionException(428, "api.error.if-match-required");
        }
        Matcher matcher = STRONG_VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new ApiPreconditionException(412, "api.error.if-match-invalid", ifMatch.strip());
        }
        return Long.parseLong(matcher.group(1));
    }
}
