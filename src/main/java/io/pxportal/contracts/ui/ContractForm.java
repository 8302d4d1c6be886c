package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractSanity;
import io.pxportal.contracts.ContractView;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Edits what a contract says: parties, term, renewal, notice, value and price uplift; warns, above the fields,
 * when the terms cannot work as entered. Each section makes, binds and shows its own fields
 * ({@link ContractPartiesSection}, {@link ContractTermSection}, {@link ContractMoneySection}); the form lays them out
 * in one grid, in that order, the notes last.
 */
class ContractForm extends Composite<FormLayout> {

    private final Binder<ContractFormData> binder = new Binder<>();
    private final Div warnings = new Div();
    private ContractFormData data = new ContractFormData();

    ContractForm(VendorService vendors, PlatformService platforms, List<UserRef> owners, Clock clock) {
        String required = getTranslation("validation.required");
        ContractFields fields = new ContractFields(this);
        ContractPartiesSection parties = new ContractPartiesSection(fields, vendors, platforms, owners);
        ContractTermSection term = new ContractTermSection(fields);
        ContractMoneySection money = new ContractMoneySection(fields);
        TextArea notes = new TextArea(getTranslation("contract.notes"));
        parties.bind(binder, required);
        term.bind(binder, required, clock);
        money.bind(binder, required);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);

        // What does not work in the terms shows as they are typed, before saving (ADR 006: saved all the same).
        warnings.setId("contract-warnings");
        warnings.addClassName("px-warning-box");
        binder.addValueChangeListener(e -> showWarnings());
        getContent().add(warnings);
        getContent().setColspan(warnings, 2);
        parties.addTo(getContent());
        term.addTo(getContent());
        money.addTo(getContent());
        getContent().add(notes);
        getContent().setColspan(notes, 2);
        binder.setBean(data);
        showWarnings();
    }

    /** The warnings of the terms as they stand in the form; none while the terms are incomplete or invalid. */
    private void showWarnings() {
        Inconsistency.show(
                warnings, data.renewalTerms().map(ContractSanity::warnings).orElse(List.of()), this, getLocale());
    }

    void edit(ContractView contract, List<UserRef> owners) {
        data = ContractFormData.of(contract, owners);
        binder.setBean(data);
        showWarnings();
    }

    /** A new contract starts today by default. */
    void startingOn(LocalDate date) {
        data.start = date;
        binder.setBean(data);
        showWarnings();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<ContractDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(data.toDraft());
    }
}
