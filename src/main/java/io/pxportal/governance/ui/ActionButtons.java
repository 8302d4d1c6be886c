package io.pxportal.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.pxportal.governance.ActionStatus;
import io.pxportal.governance.ActionView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;

/** An action's status as a badge, and the buttons that change it for those who may: done, cancel, reopen. */
final class ActionButtons {

    private ActionButtons() {}

    static Component status(ActionView action) {
        Span badge = new Span(badgeText(action));
        badge.getElement().getThemeList().add("badge");
        if (action.overdue()) {
            badge.getElement().getThemeList().add("error");
        } else if (action.status() == ActionStatus.DONE) {
            badge.getElement().getThemeList().add("success");
        } else if (action.status() == ActionStatus.CANCELLED) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    private static String badgeText(ActionView action) {
        Span probe = new Span();
        return action.overdue()
                ? probe.getTranslation("steering-action.overdue")
                : probe.getTranslation("action-status." + action.status().name());
    }

    static Component buttons(ActionView action, SteeringActionService actions, Runnable changed) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        if (!action.editable()) {
            return buttons;
        }
        if (action.status() == ActionStatus.OPEN) {
            buttons.add(
                    button(action, ActionStatus.DONE, "steering-action.mark-done", actions, changed),
                    button(action, ActionStatus.CANCELLED, "steering-action.cancel", actions, changed));
        } else {
            buttons.add(button(action, ActionStatus.OPEN, "steering-action.reopen", actions, changed));
        }
        return buttons;
    }

    private static Button button(
            ActionView action, ActionStatus status, String label, SteeringActionService actions, Runnable changed) {
        Button button = new Button();
        button.setText(button.getTranslation(label));
        button.setId("action-" + status.name().toLowerCase() + "-" + action.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> {
            try {
                actions.setActionStatus(action.id(), status, action.version());
                changed.run();
            } catch (DomainException ex) {
                Notifications.error(button.getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        return button;
    }
}
