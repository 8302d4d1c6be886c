package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A session opened through a provider follows the user's row like any other, and stays a provider's session. */
class SsoSessionRightsTest {

    @Test
    void new_roles_replace_the_sessions_roles_and_keep_the_id_token_for_the_providers_logout() {
        AppUser user = AppUser.signedInThrough("corp", "sub-1", "ann.sso", "Ann", null, Set.of(Role.FINANCE));
        OidcIdToken idToken =
                new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "sub-1"));
        SsoPortalUser principal =
                SsoPortalUser.of(user, new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken));
        Authentication session = new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "corp");
        assertThat(authorities(session)).contains("ROLE_FINANCE", "OIDC_USER");

        user.update("Ann", null, Set.of(Role.STEERING), true);
        Authentication refreshed = SessionRights.refreshed(session, principal, user);

        assertThat(refreshed).isInstanceOf(OAuth2AuthenticationToken.class);
        assertThat(((OAuth2AuthenticationToken) refreshed).getAuthorizedClientRegistrationId())
                .isEqualTo("corp");
        assertThat(authorities(refreshed))
                .contains("ROLE_STEERING", "OIDC_USER")
                .doesNotContain("ROLE_FINANCE");
        SsoPortalUser now = (SsoPortalUser) refreshed.getPrincipal();
        assertThat(now.getIdToken().getTokenValue()).isEqualTo("id-token");
        assertThat(now.rightsStamp()).isEqualTo(user.getRightsStamp()).isGreaterThan(principal.rightsStamp());
        assertThat(refreshed.getName()).isEqualTo("ann.sso");
    }

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
