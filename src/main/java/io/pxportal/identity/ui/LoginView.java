package io.pxportal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.identity.DemoLogins;
import io.pxportal.identity.FirstAdminSetup;
import io.pxportal.identity.LoginRateLimited;
import io.pxportal.identity.SessionEnd;
import io.pxportal.identity.SignInOptions;
import io.pxportal.shared.ui.LanguageSelect;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** The login page; in the demo profile it lists the demo logins. An empty portal is sent to the setup page. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph problem = new Paragraph();
    private final transient FirstAdminSetup setup;
    private final transient SignInOptions signIn;

    public LoginView(FirstAdminSetup setup, DemoLogins demoLogins, ShellPreferences preferences, SignInOptions signIn) {
        this.setup = setup;
        this.signIn = signIn;
        setId("login-view");
        addClassName("px-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        problem.setId("login-problem");
        problem.addClassName("px-error-text");
        problem.setVisible(false);

        add(
                new LanguageSelect(preferences),
                new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("login.tagline")),
                problem);
        if (!signIn.providers().isEmpty()) {
            add(new SsoButtons(signIn.providers()));
        }
        login.setVisible(signIn.localLogin());
        add(login);
        if (!demoLogins.logins().isEmpty()) {
            add(demoTable(demoLogins));
        }
    }

    private Component demoTable(DemoLogins demoLogins) {
        Grid<DemoLogins.Login> grid = new Grid<>();
        grid.setId("demo-logins");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        PortalGrids.text(grid, DemoLogins.Login::username).setHeader(getTranslation("login.demo.username"));
        PortalGrids.text(grid, l -> demoLogins.password()).setHeader(getTranslation("login.demo.password"));
        PortalGrids.text(grid, l -> getTranslation("role." + l.role().name()))
                .setHeader(getTranslation("login.demo.role"));
        grid.setItems(demoLogins.logins());
        grid.setAllRowsVisible(true);
        grid.setWidth("32em");
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("login.demo.title")), grid);
        box.setPadding(false);
        box.setWidth(null);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        return box;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Where only providers sign people in, their first sign-in creates the users: no local admin to set up.
        if (signIn.localLogin() && setup.isNeeded()) {
            event.forwardTo(SetupView.class);
            return;
        }
        SessionEnd.takeFrom(VaadinSession.getCurrent().getSession()).ifPresent(end -> showProblem(end.messageKey()));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure =
                    VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof LockedException) {
                showProblem("login.error.locked");
            } else if (failure instanceof DisabledException) {
                showProblem("login.error.disabled");
            } else if (failure instanceof LoginRateLimited limited) {
                showProblem("login.error.rate-limited", limited.minutes());
            } else if (failure instanceof OAuth2AuthenticationException) {
                showProblem("login.sso.failed");
            } else {
                login.setError(true);
            }
        }
    }

    private void showProblem(String key, Object... arguments) {
        problem.setText(getTranslation(key, arguments));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
