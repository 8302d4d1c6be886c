package io.pxportal.identity;

import java.time.Instant;

/**
 * The user's two-step sign-in: on since when (null when off), whether their role requires it, and how many of
 * their one-time recovery codes are left.
 */
public record TwoStepStatus(Instant enabledAt, boolean required, int recoveryCodesLeft) {

    public boolean enabled() {
        return enabledAt != null;
    }
}
