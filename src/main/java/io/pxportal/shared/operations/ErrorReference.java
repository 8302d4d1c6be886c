package io.pxportal.shared.operations;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected error under a short reference id that the user can quote to support; the id is also a field
 * of the structured log line ({@link LogContext#ERROR_REFERENCE}), so support finds the entry by it.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    /** Logs the error with a new reference id and returns the id. */
    public static String log(Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes).toUpperCase();
        LogContext.with(
                LogContext.ERROR_REFERENCE,
                reference,
                () -> log.error("Unexpected error, reference {}", reference, error));
        return reference;
    }
}
