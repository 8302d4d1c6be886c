package io.pxportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.NewApiToken;
import io.pxportal.shared.ui.Notifications;

/**
 * Asks for a new token's name, scope and lifetime, creates it, then shows its secret — once: the secret lives
 * only in this dialog, which is thrown away when closed.
 */
class NewTokenDialog extends Dialog {

    /** The form's mutable state. */
    static final class Data {
        String name = "";
        ApiTokenScope scope = ApiTokenScope.READ;
        Integer expiresInDays = 90;
    }

    private final transient ApiTokenService tokens;
    private final Runnable created;
    private final Binder<Data> binder = new Binder<>();
    private final Data data = new Data();

    NewTokenDialog(ApiTokenService tokens, Runnable created) {
        this.tokens = tokens;
        this.created = created;
        setId("new-token-dialog");
        setHeaderTitle(getTranslation("token.new"));
        setWidth("min(36em, 96vw)");
        setCloseOnOutsideClick(false);

        TextField name = new TextField(getTranslation("token.name"));
        name.setId("token-name");
        name.setMaxLength(80);
        RadioButtonGroup<ApiTokenScope> scope = new RadioButtonGroup<>(getTranslation("token.scope"));
        scope.setId("token-scope");
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("token-scope." + s.name()));
        IntegerField days = new IntegerField(getTranslation("token.expires-in-days"));
        days.setId("token-expires-in-days");
        days.setHelperText(getTranslation("token.expires-in-days.help"));
        days.setMin(1);
        days.setMax(3650);

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 1, 80))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(scope)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.scope, (d, v) -> d.scope = v);
        binder.forField(days)
                .withValidator(new IntegerRangeValidator(getTranslation("token.expires-in-days.range"), 1, 3650))
                .bind(d -> d.expiresInDays, (d, v) -> d.expiresInDays = v);
        binder.setBean(data);

        FormLayout form = new FormLayout(name, scope, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button create = new Button(getTranslation("token.create"), e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("editor.cancel"), e -> close());
        getFooter().add(cancel, create);
    }

    private void create() {
        if (!binder.validate().isOk()) {
            return;
        }
        NewApiToken token = tokens.create(new ApiTokenDraft(data.name, data.scope, data.expiresInDays));
        created.run();
        showSecret(token);
    }

    private void showSecret(NewApiToken token) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("token.created.title"));

        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setAriaLabel(token.token().name());
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        Button copy = new Button(getTranslation("token.copy"), VaadinIcon.COPY.create());
        copy.setId("token-copy");
        // The Clipboard API needs a secure context (https or localhost); the hint covers the other cases.
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", token.secret())
                .then(
                        ok -> Notifications.success(getTranslation("token.copied")),
                        failed -> Notifications.error(getTranslation("token.copy-hint"))));
        HorizontalLayout line = new HorizontalLayout(secret, copy);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new Paragraph(getTranslation("token.created.text")),
                line,
                new Paragraph(getTranslation("token.copy-hint")));

        Button done = new Button(getTranslation("token.done"), e -> close());
        done.setId("token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
