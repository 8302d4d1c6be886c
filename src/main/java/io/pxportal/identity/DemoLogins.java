package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role (two product owners). They exist only in the demo profile; elsewhere this
 * list is empty, so the login page shows nothing.
 */
@Component
public class DemoLogins {

    /** One demo login. */
    public record Login(String username, String displayName, String email, Role role) {}

    static final List<Login> ALL = List.of(
            new Login("admin", "Alex Morgan", "alex.morgan@demo.example", Role.ADMIN),
            new Login("olena", "Olena Koval", "olena.koval@demo.example", Role.PRODUCT_OWNER),
            new Login("marc", "Marc Dubois", "marc.dubois@demo.example", Role.PRODUCT_OWNER),
            new Login("finance", "Sofia Brandt", "sofia.brandt@demo.example", Role.FINANCE),
            new Login("steering", "Henrik Lund", "henrik.lund@demo.example", Role.STEERING),
            new Login("auditor", "Amira Haddad", "amira.haddad@demo.example", Role.AUDITOR));

    private final boolean demo;
    private final String password;

    DemoLogins(Environment environment, IdentityProperties properties) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        this.password =
                properties.demo().password() == null ? "" : properties.demo().password();
    }

    /** The demo logins when running the demo profile, else none. */
    public List<Login> logins() {
        return demo ? ALL : List.of();
    }

    /** The one password of all demo users (demo profile only). */
    public String password() {
        return demo ? password : "";
    }
}
