package io.pxportal.support.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.support.Severity;
import io.pxportal.support.TicketCategory;
import io.pxportal.support.TicketDraft;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A ticket as a user enters it from the vendor's portal: platform, case id, severity, category, title and when it was
 * opened (in the user's time zone). Milestones and statuses follow on the ticket's own dialog.
 */
class TicketForm extends Composite<FormLayout> {

    /** The form's mutable state. */
    static final class Data {
        PlatformDetails platform;
        String caseId = "";
        Severity severity = Severity.P3;
        TicketCategory category = TicketCategory.DEFECT;
        String title = "";
        LocalDateTime openedAt;
    }

    private final Binder<Data> binder = new Binder<>();
    private final Data data = new Data();
    private final ZoneId zone;

    /** {@code platforms}: those the user may record tickets for; {@code now}: the default opening, in {@code zone}. */
    TicketForm(List<PlatformDetails> platforms, LocalDateTime now, ZoneId zone) {
        this.zone = zone;
        ComboBox<PlatformDetails> platform = new ComboBox<>(getTranslation("support.ticket.platform"));
        platform.setId("ticket-platform");
        platform.setItems(platforms);
        platform.setItemLabelGenerator(
                p -> p.name() + (p.vendor() == null ? "" : " · " + p.vendor().name()));
        TextField caseId = new TextField(getTranslation("support.ticket.case"));
        caseId.setId("ticket-case");
        caseId.setHelperText(getTranslation("support.ticket.case.help"));
        ComboBox<Severity> severity = new ComboBox<>(getTranslation("support.ticket.severity"));
        severity.setId("ticket-severity");
        severity.setItems(Severity.values());
        ComboBox<TicketCategory> category = new ComboBox<>(getTranslation("support.ticket.category"));
        category.setId("ticket-category");
        category.setItems(TicketCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("support-category." + c.name()));
        TextField title = new TextField(getTranslation("support.ticket.title"));
        title.setId("ticket-title");
        DateTimePicker openedAt = DatePickers.localized(new DateTimePicker(getTranslation("support.ticket.opened")));
        openedAt.setId("ticket-opened");
        openedAt.setHelperText(zone.getId());
        openedAt.setMax(now);

        binder.forField(platform)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.platform, (d, v) -> d.platform = v);
        binder.forField(caseId)
                .withConverter(v -> v == null ? "" : v.trim(), v -> v)
                .withValidator(v -> !v.isEmpty(), getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 60))
                .bind(d -> d.caseId, (d, v) -> d.caseId = v);
        binder.forField(severity)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.severity, (d, v) -> d.severity = v);
        binder.forField(category)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.category, (d, v) -> d.category = v);
        binder.forField(title)
                .withConverter(v -> v == null ? "" : v.trim(), v -> v)
                .withValidator(v -> !v.isEmpty(), getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 300))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(openedAt)
                .asRequired(getTranslation("validation.required"))
                .withValidator((value, context) -> value.isAfter(now)
                        ? ValidationResult.error(getTranslation("support.ticket.opened.future"))
                        : ValidationResult.ok())
                .bind(d -> d.openedAt, (d, v) -> d.openedAt = v);
        data.openedAt = now;
        if (platforms.size() == 1) {
            data.platform = platforms.getFirst();
        }
        binder.setBean(data);
        getContent().add(platform, caseId, severity, category, title, openedAt);
        getContent().setColspan(title, 2);
    }

    /** The draft, if every field is valid; otherwise the fields say what is wrong. */
    Optional<TicketDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new TicketDraft(
                data.platform.id(),
                data.caseId,
                data.severity,
                data.category,
                data.title,
                data.openedAt.atZone(zone).toInstant(),
                null,
                null,
                null,
                null,
                null,
                null));
    }
}
