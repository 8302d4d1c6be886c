package io.pxportal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.identity.SignInOptions;
import io.pxportal.shared.ui.LanguageSelect;
import io.pxportal.shared.ui.ShellPreferences;
import java.util.List;

/**
 * Where a sign-in through a provider ends when none of the user's groups there grants a portal role: the provider
 * knows the person, the portal gives them nothing, and no session is opened.
 */
@Route(value = "login/refused", autoLayout = false)
@AnonymousAllowed
public class SsoRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SignInOptions signIn;
    private final Paragraph reason = new Paragraph();

    public SsoRefusedView(SignInOptions signIn, ShellPreferences preferences) {
        this.signIn = signIn;
        setId("sso-refused");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        reason.setId("sso-refused-reason");
        Anchor back = new Anchor("login", getTranslation("login.sso.refused.back"));
        back.setId("sso-refused-back");
        add(
                new LanguageSelect(preferences),
                new H1(getTranslation("login.sso.refused.title")),
                reason,
                new Paragraph(getTranslation("login.sso.refused.what-to-do")),
                back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String label =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("provider", List.of()).stream()
                        .findFirst()
                        .flatMap(signIn::provider)
                        .map(SignInOptions.Provider::label)
                        .orElse(getTranslation("login.sso.refused.your-provider"));
        reason.setText(getTranslation("login.sso.refused.reason", label));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.sso.refused.title") + " · " + getTranslation("app.name");
    }
}
