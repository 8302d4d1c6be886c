package io.pxportal.governance.ui;

import io.pxportal.governance.AlertService;
import io.pxportal.shared.ui.ShellBadge;
import org.springframework.stereotype.Component;

/** The shell's bell: how many alerts the user has not acknowledged yet. */
@Component
class AlertBadge implements ShellBadge {

    private final AlertService alerts;

    AlertBadge(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public String route() {
        return "alerts";
    }

    @Override
    public String labelKey() {
        return "menu.alerts";
    }

    @Override
    public long count() {
        return alerts.count(false);
    }
}
