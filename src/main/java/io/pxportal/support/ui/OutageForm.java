package io.pxportal.support.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.Texts;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.support.OutageDraft;
import io.pxportal.support.OutageView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** An outage of a platform: when it started and ended (empty while still down, in the user's zone), planned or not. */
class OutageForm extends Composite<FormLayout> {

    /** The form's mutable state. */
    static final class Data {
        PlatformDetails platform;
        LocalDateTime startedAt;
        LocalDateTime endedAt;
        boolean planned;
        String description = "";
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private final ComboBox<PlatformDetails> platform = new ComboBox<>();
    private final ZoneId zone;
    private Data data = new Data();

    /** {@code platforms}: those the outage may be recorded for; {@code now} in {@code zone} bounds the times. */
    OutageForm(List<PlatformDetails> platforms, LocalDateTime now, ZoneId zone) {
        this.zone = zone;
        platform.setLabel(getTranslation("support.ticket.platform"));
        platform.setId("outage-platform");
        platform.setItems(platforms);
        platform.setItemLabelGenerator(PlatformDetails::name);
        DateTimePicker startedAt = DatePickers.localized(new DateTimePicker(getTranslation("support.outage.started")));
        startedAt.setId("outage-started");
        startedAt.setHelperText(zone.getId());
        startedAt.setMax(now);
        DateTimePicker endedAt = DatePickers.localized(new DateTimePicker(getTranslation("support.outage.ended")));
        endedAt.setId("outage-ended");
        endedAt.setHelperText(getTranslation("support.outage.ended.help"));
        Checkbox planned = new Checkbox(getTranslation("support.outage.planned"));
        planned.setId("outage-planned");
        TextArea description = new TextArea(getTranslation("support.outage.description"));
        description.setId("outage-description");

        binder.forField(platform)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.platform, (d, v) -> d.platform = v);
        binder.forField(startedAt)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.startedAt, (d, v) -> d.startedAt = v);
        binder.forField(endedAt)
                .withValidator(
                        (value, context) -> value == null || data.startedAt == null || value.isAfter(data.startedAt)
                                ? ValidationResult.ok()
                                : ValidationResult.error(getTranslation("support.outage.period.invalid")))
                .bind(d -> d.endedAt, (d, v) -> d.endedAt = v);
        binder.forField(planned).bind(d -> d.planned, (d, v) -> d.planned = v);
        binder.forField(description)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 500))
                .bind(d -> d.description, (d, v) -> d.description = v);
        data.startedAt = now;
        if (platforms.size() == 1) {
            data.platform = platforms.getFirst();
        }
        binder.setBean(data);
        getContent().add(platform, planned, startedAt, endedAt, description);
        getContent().setColspan(description, 2);
    }

    /** Fills the form with a recorded outage; its platform stays as it is. */
    void edit(OutageView outage, PlatformDetails on) {
        data = new Data();
        data.platform = on;
        data.startedAt = LocalDateTime.ofInstant(outage.draft().startedAt(), zone);
        data.endedAt = outage.draft().endedAt() == null
                ? null
                : LocalDateTime.ofInstant(outage.draft().endedAt(), zone);
        data.planned = outage.draft().planned();
        data.description =
                outage.draft().description() == null ? "" : outage.draft().description();
        data.version = outage.draft().version();
        binder.setBean(data);
        platform.setReadOnly(true);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The draft, if every field is valid; otherwise the fields say what is wrong. */
    Optional<OutageDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new OutageDraft(
                data.platform.id(),
                data.startedAt.atZone(zone).toInstant(),
                data.endedAt == null ? null : data.endedAt.atZone(zone).toInstant(),
                data.planned,
                Texts.trimmedOrNull(data.description),
                data.version));
    }
}
