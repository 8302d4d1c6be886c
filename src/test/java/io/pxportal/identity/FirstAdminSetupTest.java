package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalIntegrationTest
class FirstAdminSetupTest {

    @Autowired
    FirstAdminSetup setup;

    @Test
    void the_setup_page_is_closed_once_any_user_exists() {
        assertThat(setup.isNeeded()).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdmin("intruder", "Intruder", "a-long-enough-password"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("setup.already-done");
    }
}
