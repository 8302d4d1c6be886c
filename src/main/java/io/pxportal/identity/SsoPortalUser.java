package io.pxportal.identity;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a session opened through an OpenID Connect provider: a {@link PortalUser} (the session's rights
 * follow the user's row like any other) that keeps the provider's ID token, which ends the provider's session too
 * at logout.
 */
final class SsoPortalUser extends PortalUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    private SsoPortalUser(
            String username,
            Collection<? extends GrantedAuthority> authorities,
            long rightsStamp,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(username, "", true, false, authorities, rightsStamp, 0, false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    /** The user as stored after this sign-in; the authorities of the sign-in (such as its factor) are kept. */
    static SsoPortalUser of(AppUser user, OidcUser signedIn) {
        return new SsoPortalUser(
                user.getUsername(),
                refreshedAuthorities(user, signedIn.getAuthorities()),
                user.getRightsStamp(),
                signedIn.getIdToken(),
                signedIn.getUserInfo());
    }

    @Override
    PortalUser refreshedFrom(AppUser user, Collection<? extends GrantedAuthority> current) {
        return new SsoPortalUser(
                getUsername(), refreshedAuthorities(user, current), user.getRightsStamp(), idToken, userInfo);
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
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
