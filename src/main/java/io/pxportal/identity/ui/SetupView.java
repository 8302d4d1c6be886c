package io.pxportal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.identity.FirstAdminSetup;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;

/** One-time page that creates the first administrator of an empty portal; closed for good once a user exists. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FirstAdminSetup setup;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public SetupView(FirstAdminSetup setup) {
        this.setup = setup;
        setId("setup-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
        username.setLabel(getTranslation("user.username"));
        username.setId("setup-username");
        displayName.setLabel(getTranslation("user.display-name"));
        password.setLabel(getTranslation("login.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("user.password.help"));
        repeat.setLabel(getTranslation("setup.repeat-password"));
        repeat.setId("setup-repeat");
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, password, repeat);
        form.setMaxWidth("32em");
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create);
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("setup.passwords-differ"));
            return;
        }
        try {
            setup.createFirstAdmin(username.getValue().trim(), displayName.getValue(), password.getValue());
            Notifications.success(getTranslation("setup.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.isNeeded()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
