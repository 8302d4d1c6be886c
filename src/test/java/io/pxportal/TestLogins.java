package io.pxportal;

import io.pxportal.shared.security.Role;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a few service calls as another user in the middle of a test, then restores who was logged in. */
public final class TestLogins {

    private TestLogins() {}

    /** Runs {@code work} as {@code username} with the given roles (none are needed to manage one's own tokens). */
    public static <T> T as(String username, Supplier<T> work, Role... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                Arrays.stream(roles)
                        .map(r -> new SimpleGrantedAuthority(r.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
