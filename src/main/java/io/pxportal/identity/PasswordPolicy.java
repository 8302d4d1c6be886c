package io.pxportal.identity;

import io.pxportal.shared.domain.DomainException;

/** What a new password must satisfy: long enough to resist guessing, and not the login name. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("user.password.too-short", MIN_LENGTH);
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw new DomainException("user.password.contains-username");
        }
    }
}
