package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.roadmap.ObjectiveDraft;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.shared.ui.DatePickers;
import java.time.LocalDate;
import java.util.Optional;

/** Edits an objective: code, name, description and the period it is valid for. */
class ObjectiveForm extends Composite<FormLayout> {

    static final class Data {
        String code = "";
        String name = "";
        String description = "";
        LocalDate validFrom;
        LocalDate validTo;
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private Data data = new Data();

    ObjectiveForm(LocalDate today) {
        data.validFrom = today;
        String required = getTranslation("validation.required");
        TextField code = new TextField(getTranslation("roadmap.objective.code"));
        code.setId("roadmap-objective-code");
        code.setMaxLength(40);
        TextField name = new TextField(getTranslation("roadmap.objective.name"));
        name.setId("roadmap-objective-name");
        TextArea description = new TextArea(getTranslation("roadmap.objective.description"));
        DatePicker from = DatePickers.localized(new DatePicker(getTranslation("roadmap.objective.valid-from")));
        DatePicker to = DatePickers.localized(new DatePicker(getTranslation("roadmap.objective.valid-to")));
        binder.forField(code)
                .asRequired(required)
                .withValidator(
                        v -> v.trim().matches("[A-Za-z0-9_-]+"), getTranslation("roadmap.objective.code.invalid"))
                .bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(name).asRequired(required).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(from).asRequired(required).bind(d -> d.validFrom, (d, v) -> d.validFrom = v);
        binder.forField(to)
                .withValidator(
                        v -> v == null || from.getValue() == null || !v.isBefore(from.getValue()),
                        getTranslation("roadmap.objective.period.invalid"))
                .bind(d -> d.validTo, (d, v) -> d.validTo = v);
        getContent().add(code, name, description, from, to);
        getContent().setColspan(description, 2);
        binder.setBean(data);
    }

    void edit(ObjectiveView objective) {
        ObjectiveDraft d = objective.draft();
        data = new Data();
        data.code = d.code();
        data.name = d.name();
        data.description = d.description() == null ? "" : d.description();
        data.validFrom = d.validFrom();
        data.validTo = d.validTo();
        data.version = d.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<ObjectiveDraft> validDraft() {
        return binder.validate().isOk()
                ? Optional.of(new ObjectiveDraft(
                        data.code, data.name, data.description, data.validFrom, data.validTo, data.version))
                : Optional.empty();
    }
}
