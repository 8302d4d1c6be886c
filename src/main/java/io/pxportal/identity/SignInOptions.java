package io.pxportal.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** How people may sign in: the OpenID Connect providers the login page offers, and whether the local form is on. */
@Component
public class SignInOptions {

    /** One provider's "Sign in with …" button: the path that starts its authorization code flow. */
    public record Provider(String id, String label) {

        /** The path (relative to the portal's root) that sends the browser to the provider. */
        public String signInPath() {
            return SsoLogin.AUTHORIZATION_PATH + "/" + id;
        }
    }

    private final SsoProperties properties;

    SignInOptions(SsoProperties properties) {
        this.properties = properties;
    }

    /** The configured providers, by id; none when single sign-on is not configured. */
    public List<Provider> providers() {
        return properties.providers().entrySet().stream()
                .map(e -> new Provider(e.getKey(), e.getValue().label(e.getKey())))
                .sorted(Comparator.comparing(Provider::id))
                .toList();
    }

    /** The provider with this id, if configured. */
    public Optional<Provider> provider(String id) {
        return providers().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Whether the portal's own username and password form is offered (switched off where only SSO is wanted). */
    public boolean localLogin() {
        return properties.localLogin();
    }
}
