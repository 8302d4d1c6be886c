package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.util.Set;

/** A user as the admin grid shows one. */
public record UserRow(Long id, Long version, String username, String displayName, String email, Set<Role> roles,
                      boolean enabled, Instant lockedUntil) {
}
