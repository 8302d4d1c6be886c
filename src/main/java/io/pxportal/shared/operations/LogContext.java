package io.pxportal.shared.operations;

import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The names of what a log line carries beyond its message (the MDC). The structured log of the prod profile nests
 * them by their dots ({@code user.name} → {@code "user":{"name":…}}); a name must not start with a field the format
 * writes itself ({@code error}, {@code log}, {@code process}, {@code service}, …), or the line is lost. The plain log
 * ignores them.
 */
public final class LogContext {

    /** Who made the request (their user name; never a password, token or secret). */
    public static final String USER = "user.name";
    /** The reference id a user was shown for an unexpected error, to find its log entry. */
    public static final String ERROR_REFERENCE = "px.error.reference";
    /** The import job a background step works on, and its record type. */
    public static final String IMPORT_JOB = "px.import.job";

    public static final String IMPORT_TYPE = "px.import.type";

    private LogContext() {}

    /** Runs work with the given entry in the log context, restoring what was there before. */
    public static <T> T with(String key, String value, Supplier<T> work) {
        String before = MDC.get(key);
        MDC.put(key, value);
        try {
            return work.get();
        } finally {
            if (before == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, before);
            }
        }
    }

    /** Runs work with the given entry in the log context; see {@link #with(String, String, Supplier)}. */
    public static void with(String key, String value, Runnable work) {
        with(key, value, () -> {
            work.run();
            return null;
        });
    }
}
