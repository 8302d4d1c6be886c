package io.pxportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.pxportal.identity.AccountPasswordService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;

/**
 * Every user changes their own password here, from the user menu; after an admin's reset the portal sends the user
 * here before anything else ({@link PasswordChangeGuard}).
 */
@Route(AccountPasswordService.ROUTE)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountPasswordService passwords;
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(AccountPasswordService passwords) {
        this.passwords = passwords;
        setId("change-password-view");
        current.setLabel(getTranslation("account.current-password"));
        current.setId("account-current-password");
        password.setLabel(getTranslation("user.new-password"));
        password.setId("account-new-password");
        password.setHelperText(getTranslation("user.password.help"));
        repeat.setLabel(getTranslation("setup.repeat-password"));
        repeat.setId("account-repeat-password");
        Button change = new Button(getTranslation("account.change-password"), e -> change());
        change.setId("account-change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, password, repeat);
        form.setMaxWidth("32em");
        add(new H2(getTranslation("account.change-password")));
        if (passwords.mustChange()) {
            Paragraph reason = new Paragraph(getTranslation("account.must-change"));
            reason.setId("account-must-change");
            add(reason);
        }
        add(form, change);
    }

    private void change() {
        current.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            invalid(repeat, getTranslation("setup.passwords-differ"));
            return;
        }
        try {
            passwords.change(current.getValue(), password.getValue());
        } catch (DomainException e) {
            invalid(
                    "user.password.current-wrong".equals(e.messageKey()) ? current : password,
                    getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        current.clear();
        password.clear();
        repeat.clear();
        Notifications.success(getTranslation("account.password-changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.change-password");
    }
}
