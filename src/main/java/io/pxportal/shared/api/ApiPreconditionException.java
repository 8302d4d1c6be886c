package io.pxportal.shared.api;

import java.util.Arrays;

/** A change request without a usable {@code If-Match}: 428 when it is missing, 412 when it cannot match. */
class ApiPreconditionException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;

    ApiPreconditionException(int status, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
