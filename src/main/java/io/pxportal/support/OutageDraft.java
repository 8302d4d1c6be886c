package io.pxportal.support;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What a user enters for an outage; {@code endedAt} null while the platform is still down. */
public record OutageDraft(
        @NotNull(message = "{validation.required}") Long platformId,
        @NotNull(message = "{validation.required}") Instant startedAt,
        Instant endedAt,
        boolean planned,

        @Size(max = 500, message = "{validation.max-length}")
        String description,

        Long version) {}
