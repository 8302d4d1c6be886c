package io.pxportal.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.pxportal.identity.UserDraft;
import io.pxportal.identity.UserRow;
import io.pxportal.shared.security.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Edits a user's name, e-mail, roles and enabled state; a new user also gets an initial password. */
class UserForm extends Composite<FormLayout> {

    /** The form's mutable state; turned into an immutable draft for the service. */
    static final class Data {
        String username = "";
        String displayName = "";
        String email = "";
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean enabled = true;
        String password = "";
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private final TextField username = new TextField();
    private Data data = new Data();

    UserForm(boolean isNew) {
        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setReadOnly(!isNew);
        TextField displayName = new TextField(getTranslation("user.display-name"));
        displayName.setId("user-display-name");
        EmailField email = new EmailField(getTranslation("user.email"));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Checkbox enabled = new Checkbox(getTranslation("user.enabled"));
        PasswordField password = new PasswordField(getTranslation("user.initial-password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("user.password.help"));
        password.setVisible(isNew);

        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.matches("[A-Za-z0-9._-]+"), getTranslation("user.username.invalid"))
                .bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 1, 120))
                .bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(roles)
                .asRequired(getTranslation("user.roles.required"))
                .bind(d -> d.roles, (d, v) -> d.roles = v);
        binder.forField(enabled).bind(d -> d.enabled, (d, v) -> d.enabled = v);
        if (isNew) {
            binder.forField(password)
                    .asRequired(getTranslation("validation.required"))
                    .bind(d -> d.password, (d, v) -> d.password = v);
        }
        getContent().add(username, displayName, email, enabled, roles, password);
        binder.setBean(data);
    }

    void edit(UserRow user) {
        data = new Data();
        data.username = user.username();
        data.displayName = user.displayName();
        data.email = user.email() == null ? "" : user.email();
        data.roles = user.roles();
        data.enabled = user.enabled();
        data.version = user.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The draft, if every field is valid; otherwise the fields show what is wrong. */
    Optional<UserDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new UserDraft(
                data.username.trim(),
                data.displayName,
                data.email,
                data.roles,
                data.enabled,
                data.password,
                data.version));
    }
}
