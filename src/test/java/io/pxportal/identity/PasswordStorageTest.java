package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Passwords as the admin and the login store and check them: any length a person types, hashed with Argon2id. */
@PortalIntegrationTest
class PasswordStorageTest {

    static final String ASCII_73 = "Tr0ub4dor&3-purple-Giraffe_".repeat(3).substring(0, 73);
    static final String CYRILLIC_37 = "СоняшникиЦвітутьПідСинімНебомУжеДруги";

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AppUserRepository users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Test
    void an_admin_sets_a_73_byte_or_a_37_letter_cyrillic_password_and_the_user_logs_in_with_it() throws Exception {
        UserRow user = asAdmin(() -> userAdmin.create(
                new UserDraft("pw.long", "Long password", null, Set.of(Role.FINANCE), true, ASCII_73, null)));
        assertThat(login("pw.long", ASCII_73)).isTrue();

        asAdmin(() -> {
            userAdmin.resetPassword(user.id(), CYRILLIC_37);
            return null;
        });
        assertThat(login("pw.long", CYRILLIC_37)).isTrue();
        assertThat(users.findByUsernameIgnoreCase("pw.long").orElseThrow().getPasswordHash())
                .startsWith("{argon2}");
    }

    @Test
    void common_repetitive_and_name_bearing_passwords_are_refused_by_the_admin_services_with_the_rule() {
        UserRow user = asAdmin(() -> userAdmin.create(new UserDraft(
                "pw.rules", "Password rules", null, Set.of(Role.FINANCE), true, "a-fine-start-Pw-1", null)));
        for (String[] weak : new String[][] {
            {"password1234", "user.password.common"},
            {"111111111111", "user.password.repetitive"},
            {"            ", "user.password.repetitive"},
            {"my-pw.rules-password", "user.password.contains-username"}
        }) {
            assertThatThrownBy(() -> asAdmin(() -> {
                        userAdmin.resetPassword(user.id(), weak[0]);
                        return null;
                    }))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo(weak[1]);
        }
    }

    @Test
    void a_bcrypt_hash_from_before_is_upgraded_to_argon2id_at_the_next_login_without_ending_sessions()
            throws Exception {
        AppUser stored = transaction.execute(tx -> users.saveAndFlush(new AppUser(
                "pw.bcrypt",
                "Old hash",
                null,
                "{bcrypt}" + new BCryptPasswordEncoder().encode("an-old-bcrypt-Pw-1"),
                Set.of(Role.AUDITOR))));
        long passwordStamp = stored.getPasswordStamp();

        assertThat(login("pw.bcrypt", "an-old-bcrypt-Pw-1")).isTrue();

        AppUser after = users.findByUsernameIgnoreCase("pw.bcrypt").orElseThrow();
        assertThat(after.getPasswordHash()).startsWith("{argon2}$argon2id$");
        assertThat(after.getPasswordStamp()).isEqualTo(passwordStamp);
        assertThat(login("pw.bcrypt", "an-old-bcrypt-Pw-1")).isTrue();
    }

    private boolean login(String username, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return TestLogins.as("admin", work, Role.ADMIN);
    }
}
