package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a UI session: the user as they were at login, with the stamps of their rights and password
 * then. {@link SessionRightsFilter} compares the stamps with the database on every request. A sign-in through an
 * OpenID Connect provider makes the subclass {@link SsoPortalUser}, which the same checks serve.
 */
class PortalUser extends User {

    private final long rightsStamp;
    private final long passwordStamp;
    private final boolean mustChangePassword;

    PortalUser(
            String username,
            String password,
            boolean enabled,
            boolean locked,
            Collection<? extends GrantedAuthority> authorities,
            long rightsStamp,
            long passwordStamp,
            boolean mustChangePassword) {
        super(username, password, enabled, true, true, !locked, authorities);
        this.rightsStamp = rightsStamp;
        this.passwordStamp = passwordStamp;
        this.mustChangePassword = mustChangePassword;
    }

    static PortalUser of(AppUser user, boolean locked) {
        return new PortalUser(
                user.getUsername(),
                user.getPasswordHash(),
                user.isEnabled(),
                locked,
                authorities(user.getRoles()),
                user.getRightsStamp(),
                user.getPasswordStamp(),
                user.mustChangePassword());
    }

    /**
     * This principal with the user's current roles and stamps. Authorities other than roles (such as the factor
     * Spring Security records for the password login) are kept.
     */
    PortalUser refreshedFrom(AppUser user, Collection<? extends GrantedAuthority> current) {
        return new PortalUser(
                getUsername(),
                "",
                true,
                false,
                refreshedAuthorities(user, current),
                user.getRightsStamp(),
                user.getPasswordStamp(),
                user.mustChangePassword());
    }

    static Collection<GrantedAuthority> refreshedAuthorities(
            AppUser user, Collection<? extends GrantedAuthority> current) {
        Stream<GrantedAuthority> kept = current.stream()
                .filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith("ROLE_"))
                .map(GrantedAuthority.class::cast);
        return Stream.concat(kept, authorities(user.getRoles()).stream()).toList();
    }

    long rightsStamp() {
        return rightsStamp;
    }

    long passwordStamp() {
        return passwordStamp;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
