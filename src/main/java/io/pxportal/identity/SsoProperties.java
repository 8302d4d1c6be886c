package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through OpenID Connect providers, e.g. {@code px.sso.providers.corp.issuer-uri} or the environment
 * variable {@code PX_SSO_PROVIDERS_CORP_ISSUERURI} (docs/deployment.md). No provider: only the portal's own login.
 *
 * @param providers  the providers by id (the id is part of the redirect URI {@code /login/oauth2/code/<id>})
 * @param localLogin whether the portal's own username and password form is offered beside the providers
 */
@ConfigurationProperties("px.sso")
record SsoProperties(
        Map<String, Provider> providers,
        @DefaultValue("true") boolean localLogin) {

    SsoProperties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
        providers.forEach((id, provider) -> provider.check(id));
        if (!localLogin && providers.isEmpty()) {
            throw new IllegalStateException(
                    "px.sso.local-login=false needs at least one provider in px.sso.providers, or nobody can sign in");
        }
    }

    /**
     * One provider.
     *
     * @param issuerUri    the issuer; its {@code /.well-known/openid-configuration} names every endpoint
     * @param clientId     the portal's client id there
     * @param clientSecret the client secret; blank for a public client (PKCE protects the code either way)
     * @param groupsClaim  the ID token or user-info claim that lists the user's groups; a dotted name reaches into
     *                     an object ({@code realm_access.roles})
     * @param displayName  the name on the "Sign in with …" button
     * @param roles        for each role, the provider's groups that grant it
     */
    record Provider(
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue("groups") String groupsClaim,
            String displayName,
            Map<Role, List<String>> roles) {

        Provider {
            roles = roles == null ? Map.of() : Map.copyOf(roles);
        }

        void check(String id) {
            if (issuerUri == null || issuerUri.isBlank() || clientId == null || clientId.isBlank()) {
                throw new IllegalStateException("px.sso.providers." + id + " needs an issuer-uri and a client-id");
            }
            if (roles.isEmpty()) {
                throw new IllegalStateException("px.sso.providers." + id
                        + ".roles maps no group to a role, so nobody could sign in through it");
            }
        }

        /** The button's name: the display name, else the provider's id. */
        String label(String id) {
            return displayName == null || displayName.isBlank() ? id : displayName;
        }

        boolean isPublicClient() {
            return clientSecret == null || clientSecret.isBlank();
        }
    }
}
