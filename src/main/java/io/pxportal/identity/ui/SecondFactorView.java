package io.pxportal.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.identity.SecondFactorLogin;
import io.pxportal.shared.domain.DomainException;

/**
 * The second step of signing in to an account with two-step sign-in: the password was right, the code of the
 * user's authenticator app completes it. Without a password just given the page sends the browser to the login.
 */
@Route(value = SecondFactorLogin.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SecondFactorLogin secondFactor;
    private final TextField code = new TextField();

    public SecondFactorView(SecondFactorLogin secondFactor) {
        this.secondFactor = secondFactor;
        setId("second-factor-view");
        addClassName("px-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        code.setId("second-factor-code");
        code.setLabel(getTranslation("two-step.code"));
        code.setHelperText(getTranslation("two-step.login.help"));
        // Six digits of the app, or a recovery code such as tf8i-exmo-3lcb-slkm.
        code.setMaxLength(24);
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        Button verify = new Button(getTranslation("two-step.login.submit"), e -> verify());
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Anchor back = new Anchor("login", getTranslation("two-step.login.back"));
        back.setId("second-factor-back");
        back.setRouterIgnore(true);

        add(new H1(getTranslation("app.name")), new H2(getTranslation("two-step.login.title")), code, verify, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (secondFactor.awaitedUser().isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void verify() {
        try {
            secondFactor.complete(code.getValue());
        } catch (DomainException e) {
            code.clear();
            code.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            code.setInvalid(true);
            return;
        }
        // A full page load: the session has a new id and the shell is built for the user's roles.
        String contextPath = VaadinServletRequest.getCurrent().getContextPath();
        getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath + "/"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.login.title") + " · " + getTranslation("app.name");
    }
}
