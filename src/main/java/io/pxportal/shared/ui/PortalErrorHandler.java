package io.pxportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.operations.ErrorReference;
import org.springframework.security.access.AccessDeniedException;

/**
 * Handles errors thrown from UI events: a broken domain rule or a refused permission is explained in the
 * user's language; anything else shows a friendly message with a reference id that is also in the log.
 */
class PortalErrorHandler implements ErrorHandler {

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            ErrorReference.log(error);
            return;
        }
        DomainException domain = find(error, DomainException.class);
        if (domain != null) {
            Notifications.error(ui.getTranslation(domain.messageKey(), domain.arguments()));
        } else if (find(error, AccessDeniedException.class) != null) {
            Notifications.error(ui.getTranslation("error.access-denied"));
        } else {
            Notifications.error(ui.getTranslation("error.unexpected", ErrorReference.log(error)));
        }
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
