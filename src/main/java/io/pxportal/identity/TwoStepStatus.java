package io.pxportal.identity;

import java.time.Instant;

/** The user's two-step sign-in: on since when (null when off), and whether their role requires it. */
public record TwoStepStatus(Instant enabledAt, boolean required) {

    public boolean enabled() {
        return enabledAt != null;
    }
}
