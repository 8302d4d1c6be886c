package io.pxportal.identity;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many attempts from the address or for the account. */
public class LoginRateLimited extends AuthenticationException {

    private final long minutes;

    public LoginRateLimited(long minutes) {
        super("Too many sign-in attempts; try again in " + minutes + " min");
        this.minutes = minutes;
    }

    /** Whole minutes until the next attempt is allowed. */
    public long minutes() {
        return minutes;
    }
}
