package io.pxportal.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.identity.AccountPasswordService;
import io.pxportal.identity.TwoStepService;
import io.pxportal.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * When ADMIN accounts must use two-step sign-in, an admin without it is sent to {@link TwoStepView} from every other
 * view until it is on (after a password change an admin asked for, which comes first).
 */
@Component
class TwoStepGuard implements VaadinServiceInitListener {

    private final transient TwoStepService twoStep;
    private final transient AccountPasswordService passwords;

    TwoStepGuard(TwoStepService twoStep, AccountPasswordService passwords) {
        this.twoStep = twoStep;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == TwoStepView.class
                || target == ChangePasswordView.class
                || target.isAnnotationPresent(AnonymousAllowed.class)
                || CurrentUser.username().isEmpty()
                || passwords.mustChange()) {
            return;
        }
        if (twoStep.mustEnrol()) {
            event.rerouteTo(TwoStepView.class);
        }
    }
}
