package io.pxportal.governance.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.governance.ReviewDraft;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringService;
import io.pxportal.identity.UserDirectory;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.Notifications;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** Plans a steering review or changes a planned one: title, day, platforms, attendees, notes; with its history. */
class ReviewEditor {

    /** The form's mutable state. */
    static final class Data {
        String title = "";
        LocalDate heldOn;
        Set<PlatformRef> platforms = new HashSet<>();
        Set<UserRef> attendees = new HashSet<>();
        String notes = "";
    }

    private ReviewEditor() {}

    /** Opens the editor for {@code review}, or for a new review when it is null; {@code saved} gets the result. */
    static void open(
            SteeringService steering,
            PlatformService platforms,
            UserDirectory users,
            ReviewView review,
            Consumer<ReviewView> saved) {
        Data data = new Data();
        List<PlatformRef> allPlatforms = platforms.refs("", PageRequest.of(0, 500));
        List<UserRef> allUsers = users.enabledUsers();
        if (review != null) {
            data.title = review.title();
            data.heldOn = review.heldOn();
            data.platforms = new HashSet<>(review.platforms());
            data.attendees = allUsers.stream()
                    .filter(u -> review.attendees().contains(u.username()))
                    .collect(Collectors.toSet());
            data.notes = review.notes() == null ? "" : review.notes();
        }
        Binder<Data> binder = new Binder<>();
        TextField title = new TextField();
        title.setId("review-title");
        title.setMaxLength(200);
        DatePicker heldOn = DatePickers.localized(new DatePicker());
        heldOn.setId("review-held-on");
        MultiSelectComboBox<PlatformRef> platformBox = new MultiSelectComboBox<>();
        platformBox.setId("review-platforms");
        platformBox.setItems(allPlatforms);
        platformBox.setItemLabelGenerator(PlatformRef::name);
        MultiSelectComboBox<UserRef> attendeeBox = new MultiSelectComboBox<>();
        attendeeBox.setId("review-attendees");
        attendeeBox.setItems(allUsers);
        attendeeBox.setItemLabelGenerator(UserRef::displayName);
        TextArea notes = new TextArea();
        notes.setId("review-notes");
        notes.setMaxLength(4000);

        FormLayout form = new FormLayout();
        form.addFormItem(title, form.getTranslation("review.title"));
        form.addFormItem(heldOn, form.getTranslation("review.held-on"));
        form.addFormItem(platformBox, form.getTranslation("review.platforms"));
        form.addFormItem(attendeeBox, form.getTranslation("review.attendees"));
        form.addFormItem(notes, form.getTranslation("review.notes"));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        String required = form.getTranslation("validation.required");
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(heldOn).asRequired(required).bind(d -> d.heldOn, (d, v) -> d.heldOn = v);
        binder.forField(platformBox)
                .asRequired(form.getTranslation("review.platforms.required"))
                .bind(d -> d.platforms, (d, v) -> d.platforms = v);
        binder.forField(attendeeBox).bind(d -> d.attendees, (d, v) -> d.attendees = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.setBean(data);

        EditorDialog dialog =
                new EditorDialog(form.getTranslation(review == null ? "review.new" : "review.edit"), form);
        if (review != null) {
            dialog.addHistory(() -> steering.reviewHistory(review.id()));
        }
        dialog.onSave(() -> {
            if (!binder.validate().isOk()) {
                return;
            }
            ReviewDraft draft = new ReviewDraft(
                    data.title,
                    data.heldOn,
                    data.platforms.stream().map(PlatformRef::id).collect(Collectors.toSet()),
                    data.attendees.stream().map(UserRef::username).collect(Collectors.toSet()),
                    data.notes,
                    review == null ? null : review.version());
            ReviewView result =
                    review == null ? steering.createReview(draft) : steering.updateReview(review.id(), draft);
            Notifications.success(form.getTranslation("review.saved"));
            dialog.close();
            saved.accept(result);
        });
        dialog.open();
    }
}
