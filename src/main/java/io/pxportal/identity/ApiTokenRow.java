package io.pxportal.identity;

import java.time.Instant;

/** A token as lists show it: never its secret, only the prefix it starts with. */
public record ApiTokenRow(
        Long id,
        String name,
        String prefix,
        ApiTokenScope scope,
        String owner,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Instant revokedAt,
        ApiTokenStatus status) {}
