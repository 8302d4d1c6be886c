package io.pxportal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.identity.SignInOptions;
import java.util.List;

/** The login page's "Sign in with …" links, one per OpenID Connect provider. */
class SsoButtons extends VerticalLayout {

    SsoButtons(List<SignInOptions.Provider> providers) {
        setId("sso-sign-in");
        setPadding(false);
        setWidth(null);
        setAlignItems(FlexComponent.Alignment.CENTER);
        for (SignInOptions.Provider provider : providers) {
            Anchor link = new Anchor(provider.signInPath(), getTranslation("login.sso.sign-in-with", provider.label()));
            link.setId("sso-" + provider.id());
            // A full page load: the browser leaves for the provider, which Vaadin's router must not intercept.
            link.setRouterIgnore(true);
            add(link);
        }
    }
}
