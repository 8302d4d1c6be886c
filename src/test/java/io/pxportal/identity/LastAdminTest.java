package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class LastAdminTest {

    @Autowired
    UserAdminService users;

    @Test
    void the_last_enabled_admin_can_be_neither_demoted_nor_disabled() {
        // Other tests of the shared context may leave admins of their own: they are disabled for this test (else
        // the demo admin would not be the last one and would really be demoted) and enabled again afterwards.
        List<UserRow> others = users.page("", PageRequest.of(0, 500)).stream()
                .filter(u -> u.enabled()
                        && u.roles().contains(Role.ADMIN)
                        && !u.username().equals("admin"))
                .toList();
        others.forEach(u -> users.update(u.id(), draft(u, u.roles(), false)));
        try {
            UserRow admin = users.page("admin", PageRequest.of(0, 1)).getFirst();

            assertThatThrownBy(() -> users.update(admin.id(), draft(admin, Set.of(Role.AUDITOR), true)))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("user.last-admin");
            assertThatThrownBy(() -> users.update(admin.id(), draft(admin, Set.of(Role.ADMIN), false)))
                    .isInstanceOf(DomainException.class);
            assertThat(users.page("admin", PageRequest.of(0, 1)).getFirst().roles())
                    .contains(Role.ADMIN);
        } finally {
            for (UserRow other : others) {
                UserRow now = users.page(other.username(), PageRequest.of(0, 5)).stream()
                        .filter(u -> u.id().equals(other.id()))
                        .findFirst()
                        .orElseThrow();
                users.update(now.id(), draft(now, now.roles(), true));
            }
        }
    }

    private static UserDraft draft(UserRow user, Set<Role> roles, boolean enabled) {
        return new UserDraft(user.username(), user.displayName(), user.email(), roles, enabled, null, user.version());
    }
}
