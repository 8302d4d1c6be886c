package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
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
        UserRow admin = users.page("admin", PageRequest.of(0, 1)).getFirst();

        assertThatThrownBy(() -> users.update(admin.id(), new UserDraft("admin", admin.displayName(), admin.email(),
                Set.of(Role.AUDITOR), true, null, admin.version())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("user.last-admin");
        assertThatThrownBy(() -> users.update(admin.id(), new UserDraft("admin", admin.displayName(), admin.email(),
                Set.of(Role.ADMIN), false, null, admin.version())))
                .isInstanceOf(DomainException.class);
        assertThat(users.page("admin", PageRequest.of(0, 1)).getFirst().roles()).contains(Role.ADMIN);
    }
}
