package io.pxportal.support.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.Notifications;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The editor dialog of a policy or a calendar: both change how tickets already measured are timed, so an existing
 * one asks from which month to re-time them, shows its history, and is read-only once it may no longer change.
 */
final class RetimingEditor {

    private RetimingEditor() {}

    /** The form of the record's fields. */
    interface Form<D> {

        /** The draft, or empty after telling the user what to correct. */
        Optional<D> validDraft();

        void setReadOnly(boolean readOnly);
    }

    /**
     * Opens the dialog for the form; {@code id} is null for a new record. On save the valid draft goes to
     * {@code save} with the month to re-time from (null: none chosen), and the dialog closes once it succeeded.
     */
    static <D, F extends FormLayout & Form<D>> void open(
            String title,
            F form,
            String retimeId,
            Long id,
            boolean editable,
            Function<Long, List<AuditEntry>> history,
            BiConsumer<D, YearMonth> save) {
        DatePicker retimeFrom = DatePickers.localized(new DatePicker());
        retimeFrom.setId(retimeId);
        retimeFrom.setHelperText(form.getTranslation("support.retime.help"));
        if (id != null) {
            form.addFormItem(retimeFrom, form.getTranslation("support.retime.from"));
        }
        form.setReadOnly(!editable);
        EditorDialog dialog = new EditorDialog(title, form);
        if (id != null) {
            dialog.addHistory(() -> history.apply(id));
        }
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft()
                .ifPresent(draft -> explainingViolations(() -> {
                    save.accept(draft, retimeFrom.getValue() == null ? null : YearMonth.from(retimeFrom.getValue()));
                    dialog.close();
                })));
        dialog.open();
    }

    /** A value the service's validation refuses (a negative fee, say) is told in the user's language. */
    private static void explainingViolations(Runnable save) {
        try {
            save.run();
        } catch (ConstraintViolationException e) {
            Notifications.error(e.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage)
                    .distinct()
                    .collect(Collectors.joining("; ")));
        }
    }
}
