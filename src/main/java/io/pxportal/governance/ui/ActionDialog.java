package io.pxportal.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.governance.ActionDraft;
import io.pxportal.governance.DecisionView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.identity.UserRef;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.List;

/** Assigns an action of a review to a person, by a date, optionally following from one of its decisions. */
class ActionDialog extends Dialog {

    /** The form's mutable state. */
    static final class Data {
        String title = "";
        UserRef owner;
        LocalDate dueOn;
        DecisionView decision;
    }

    ActionDialog(
            SteeringActionService actions,
            Long reviewId,
            List<UserRef> users,
            List<DecisionView> decisions,
            Runnable added) {
        setId("action-dialog");
        setHeaderTitle(getTranslation("steering-action.new"));
        setWidth("min(40em, 96vw)");
        setCloseOnOutsideClick(false);
        Data data = new Data();
        Binder<Data> binder = new Binder<>();
        TextField title = new TextField(getTranslation("steering-action.title"));
        title.setId("action-title");
        title.setMaxLength(300);
        ComboBox<UserRef> owner = new ComboBox<>(getTranslation("steering-action.owner"));
        owner.setId("action-owner");
        owner.setItems(users);
        owner.setItemLabelGenerator(UserRef::displayName);
        DatePicker dueOn = DatePickers.localized(new DatePicker(getTranslation("steering-action.due-on")));
        dueOn.setId("action-due-on");
        ComboBox<DecisionView> decision = new ComboBox<>(getTranslation("steering-action.decision"));
        decision.setId("action-decision");
        decision.setItems(decisions);
        decision.setItemLabelGenerator(DecisionView::title);
        decision.setClearButtonVisible(true);
        String required = getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(owner).asRequired(required).bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(dueOn).asRequired(required).bind(d -> d.dueOn, (d, v) -> d.dueOn = v);
        binder.forField(decision).bind(d -> d.decision, (d, v) -> d.decision = v);
        binder.setBean(data);
        FormLayout form = new FormLayout(title, owner, dueOn, decision);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("steering-action.add"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                actions.addAction(
                        reviewId,
                        new ActionDraft(
                                data.title,
                                data.owner.username(),
                                data.dueOn,
                                data.decision == null ? null : data.decision.id()));
                Notifications.success(getTranslation("steering-action.added"));
                close();
                added.run();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("editor.cancel"), e -> close()), save);
    }
}
