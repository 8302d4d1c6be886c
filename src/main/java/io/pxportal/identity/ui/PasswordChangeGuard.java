package io.pxportal.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.identity.AccountPasswordService;
import io.pxportal.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/** A user whose password an admin set is sent to {@link ChangePasswordView} from every other view until it is changed. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final transient AccountPasswordService passwords;

    PasswordChangeGuard(AccountPasswordService passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class
                || target.isAnnotationPresent(AnonymousAllowed.class)
                || CurrentUser.username().isEmpty()) {
            return;
        }
        if (passwords.mustChange()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
