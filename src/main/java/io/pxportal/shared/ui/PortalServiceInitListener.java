package io.pxportal.shared.ui;

import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Installs the error handler on every session, the user's language and theme on every UI, and on the page itself
 * what its first paint needs.
 */
@Component
class PortalServiceInitListener implements VaadinServiceInitListener {

    private final ShellPreferences preferences;

    PortalServiceInitListener(ShellPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new PortalErrorHandler()));
        event.getSource().addUIInitListener(e -> preferences.apply(e.getUI(), VaadinRequest.getCurrent()));
        Class<?> shell =
                AppShellRegistry.getInstance(event.getSource().getContext()).getShell();
        event.addIndexHtmlRequestListener(new ShellPage(preferences, ShellPage.styleSheetsOf(shell)));
    }
}
