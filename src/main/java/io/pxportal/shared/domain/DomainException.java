package io.pxportal.shared.domain;

import java.util.Arrays;

/**
 * A rule of the domain was broken by the request. Carries a message key and arguments so the UI and the API
 * can tell the user in their own language what to change.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
