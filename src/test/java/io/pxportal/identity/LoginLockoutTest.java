package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.audit.AuditEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class LoginLockoutTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    UserAdminService userAdmin;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void five_wrong_passwords_lock_the_account_even_against_the_right_password_and_the_lock_is_audited()
            throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("steering", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() ->
                        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("steering", "demo")))
                .isInstanceOf(LockedException.class);

        UserRow steering = userAdmin
                .page("steering", org.springframework.data.domain.PageRequest.of(0, 1))
                .getFirst();
        assertThat(steering.lockedUntil()).isNotNull();
        List<AuditEntry> history = userAdmin.history(steering.id());
        assertThat(history.getFirst().username()).isEqualTo("login-guard");
        assertThat(history.getFirst().changes())
                .extracting(AuditEntry.FieldChange::field)
                .containsExactly("user.locked-until");

        userAdmin.unlock(steering.id());
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("steering", "demo"))
                        .isAuthenticated())
                .isTrue();
    }
}
