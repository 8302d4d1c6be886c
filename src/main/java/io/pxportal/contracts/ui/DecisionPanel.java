package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.contracts.RenewalDecisionView;
import io.pxportal.contracts.RenewalOutcome;
import io.pxportal.identity.UserDirectory;
import io.pxportal.identity.UserRef;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.Notifications;

/**
 * The renewal decision for the current term: what was decided, by whom and why; the owners can record or
 * revise it, which silences the term's notice alerts.
 */
class DecisionPanel extends Composite<VerticalLayout> {

    private final Paragraph current = new Paragraph();
    private final transient RenewalDecisionService decisions;
    private final ContractView contract;
    private final transient UserDirectory users;

    DecisionPanel(RenewalDecisionService decisions, ContractView contract, UserDirectory users) {
        this.users = users;
        this.decisions = decisions;
        this.contract = contract;
        current.setId("decision-current");
        getContent().setPadding(false);
        getContent().add(current);
        showCurrent();
        if (contract.editable()) {
            Select<RenewalOutcome> outcome = new Select<>();
            outcome.setLabel(getTranslation("decision.outcome"));
            outcome.setId("decision-outcome");
            outcome.setItems(RenewalOutcome.values());
            outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("outcome." + o.name()));
            TextArea rationale = new TextArea(getTranslation("decision.rationale"));
            rationale.setId("decision-rationale");
            rationale.setWidthFull();
            Button record = new Button(getTranslation("decision.record"), e -> {
                try {
                    decisions.decide(contract.id(), outcome.getValue(), rationale.getValue());
                    Notifications.success(getTranslation("decision.recorded"));
                    showCurrent();
                } catch (DomainException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            record.setId("decision-record");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getContent().add(outcome, rationale, record);
        }
    }

    private void showCurrent() {
        current.setText(decisions
                .current(contract.id())
                .map(this::describe)
                .orElseGet(() -> getTranslation(
                        "decision.none", Formats.date(contract.schedule().termEnd(), getLocale()))));
    }

    private String describe(RenewalDecisionView d) {
        return getTranslation(
                "decision.summary",
                getTranslation("outcome." + d.outcome().name()),
                Formats.date(d.termEnd(), getLocale()),
                displayName(d.decidedBy()),
                Formats.date(d.decidedOn(), getLocale()),
                d.rationale());
    }

    /** People read who decided by name, not login; a login without an account stays as recorded. */
    private String displayName(String username) {
        UserRef user = username == null
                ? null
                : users.byUsernames(java.util.Set.of(username)).get(username);
        return user == null || user.displayName().isBlank() ? username : user.displayName();
    }
}
