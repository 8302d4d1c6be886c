package io.pxportal.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.governance.DecisionDraft;
import io.pxportal.governance.DecisionLink;
import io.pxportal.governance.DecisionOutcome;
import io.pxportal.governance.SteeringDecisionService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;
import java.util.List;

/** Records a decision of a review, optionally about one agenda item (a contract, an entitlement, …). */
class DecisionDialog extends Dialog {

    /** The form's mutable state. */
    static final class Data {
        DecisionOutcome outcome;
        String title = "";
        String rationale = "";
    }

    DecisionDialog(SteeringDecisionService decisions, Long reviewId, DecisionLink about, Runnable recorded) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation("steering-decision.new"));
        setWidth("min(40em, 96vw)");
        setCloseOnOutsideClick(false);
        Data data = new Data();
        data.title = about == null ? "" : about.label();
        Binder<Data> binder = new Binder<>();
        Select<DecisionOutcome> outcome = new Select<>();
        outcome.setId("decision-outcome");
        outcome.setLabel(getTranslation("steering-decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("decision-outcome." + o.name()));
        TextField title = new TextField(getTranslation("steering-decision.title"));
        title.setId("decision-title");
        title.setMaxLength(200);
        TextArea rationale = new TextArea(getTranslation("steering-decision.rationale"));
        rationale.setId("decision-rationale");
        rationale.setMaxLength(4000);
        String required = getTranslation("validation.required");
        binder.forField(outcome).asRequired(required).bind(d -> d.outcome, (d, v) -> d.outcome = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(rationale).asRequired(required).bind(d -> d.rationale, (d, v) -> d.rationale = v);
        binder.setBean(data);
        FormLayout form = new FormLayout(outcome, title, rationale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (about != null) {
            add(new Paragraph(getTranslation("steering-decision.about", about.label())));
        }
        add(form);
        Button save = new Button(getTranslation("steering-decision.record"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                decisions.decide(
                        reviewId,
                        new DecisionDraft(
                                data.outcome, data.title, data.rationale, about == null ? List.of() : List.of(about)));
                Notifications.success(getTranslation("steering-decision.recorded"));
                close();
                recorded.run();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        save.setId("decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("editor.cancel"), e -> close()), save);
    }
}
