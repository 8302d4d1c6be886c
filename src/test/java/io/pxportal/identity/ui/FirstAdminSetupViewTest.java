package io.pxportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.EmptyPortalViewTest;
import io.pxportal.identity.FirstAdminSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A new portal opens its setup page; a mistyped repeat is caught there and creates no one. */
class FirstAdminSetupViewTest extends EmptyPortalViewTest {

    @Autowired
    FirstAdminSetup setup;

    @Test
    void passwords_that_differ_are_refused_and_the_portal_stays_without_users() {
        com.vaadin.flow.component.UI.getCurrent().navigate("setup");
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);

        test(find(TextField.class).id("setup-username")).setValue("first-admin");
        test(find(PasswordField.class).id("setup-password")).setValue("a-long-enough-password-1");
        test(find(PasswordField.class).id("setup-repeat")).setValue("a-long-enough-password-2");
        test(find(Button.class).id("setup-create")).click();

        assertThat(find(PasswordField.class).id("setup-repeat").isInvalid()).isTrue();
        assertThat(setup.isNeeded()).isTrue();
    }
}
