package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.util.Set;

/**
 * A user as the admin grid shows one. {@code signInProvider} is the id of the OpenID Connect provider the user signs
 * in through, or null for the portal's own password; {@code lastSignInAt} is null until the first sign-in.
 */
public record UserRow(
        Long id,
        Long version,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean enabled,
        Instant lockedUntil,
        String signInProvider,
        Instant lastSignInAt) {

    /** Whether the user signs in with the portal's own password, which an admin can then reset. */
    public boolean hasLocalPassword() {
        return signInProvider == null;
    }
}
