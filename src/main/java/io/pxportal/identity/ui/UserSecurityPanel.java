package io.pxportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import io.pxportal.identity.TwoStepService;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserRow;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.ShellPreferences;

/** Admin actions on a user's login: set a new password, lift a lock-out, turn off a lost second factor. */
class UserSecurityPanel extends VerticalLayout {

    UserSecurityPanel(UserAdminService users, TwoStepService twoStep, UserRow user, boolean admin, Runnable changed) {
        setPadding(false);
        if (user.lockedUntil() != null) {
            add(new Paragraph(getTranslation(
                    "user.locked-info", Formats.dateTime(user.lockedUntil(), ShellPreferences.zone(), getLocale()))));
            Button unlock = new Button(getTranslation("user.unlock"), e -> {
                users.unlock(user.id());
                Notifications.success(getTranslation("user.unlocked", user.username()));
                changed.run();
            });
            unlock.setId("user-unlock");
            unlock.setEnabled(admin);
            add(unlock);
        }
        if (!user.hasLocalPassword()) {
            Paragraph sso = new Paragraph(getTranslation("user.sign-in.sso-info"));
            sso.setId("user-sso-info");
            add(sso);
            return;
        }
        PasswordField password = new PasswordField(getTranslation("user.new-password"));
        password.setId("user-new-password");
        password.setHelperText(getTranslation("user.password.help") + " " + getTranslation("user.reset-password.help"));
        password.setWidth("20em");
        Button reset = new Button(getTranslation("user.reset-password"), e -> {
            try {
                users.resetPassword(user.id(), password.getValue());
            } catch (DomainException problem) {
                password.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                password.setInvalid(true);
                return;
            }
            password.setInvalid(false);
            password.clear();
            Notifications.success(getTranslation("user.password-changed", user.username()));
        });
        reset.setId("user-reset-password");
        password.setEnabled(admin);
        reset.setEnabled(admin);
        add(password, reset);
        if (twoStep.isOnFor(user.id())) {
            Paragraph on = new Paragraph(getTranslation("two-step.user.on"));
            on.setId("user-two-step-on");
            Button off = new Button(getTranslation("two-step.user.turn-off"), e -> {
                twoStep.turnOffFor(user.id());
                Notifications.success(getTranslation("two-step.user.turned-off", user.username()));
                changed.run();
            });
            off.setId("user-two-step-off");
            off.setEnabled(admin);
            add(on, off);
        }
    }
}
