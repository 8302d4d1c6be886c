package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.WeightSetView;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the objectives' weights as a new weight set, in force from this quarter or a later one; the sets of past
 * quarters stay as they were, and so do those quarters' scores.
 */
class WeightsDialog extends Dialog {

    WeightsDialog(ObjectiveService objectives, Quarter now, Runnable onChange) {
        setHeaderTitle(getTranslation("roadmap.weights.change"));
        setId("roadmap-weights-dialog");
        List<ObjectiveView> all = objectives.list();
        List<WeightSetView> sets = objectives.weightSets();
        Long basedOn = sets.stream().map(WeightSetView::id).max(Long::compare).orElse(null);
        FormLayout form = new FormLayout();
        Map<Long, IntegerField> fields = new LinkedHashMap<>();
        for (ObjectiveView objective : all) {
            IntegerField weight = new IntegerField(objective.code() + " · " + objective.name());
            weight.setId("roadmap-weight-" + objective.code());
            weight.setMin(0);
            weight.setMax(100);
            weight.setStepButtonsVisible(true);
            weight.setValue(objective.weight() == null ? 0 : objective.weight());
            weight.setEnabled(objective.validNow());
            fields.put(objective.id(), weight);
            form.add(weight);
        }
        ComboBox<Quarter> from = RoadmapLabels.quarterPicker(getTranslation("roadmap.weights.from"), now, 0, 4);
        from.setValue(now);
        from.setId("roadmap-weights-from");
        TextField note = new TextField(getTranslation("roadmap.weights.note"));
        form.add(from, note);
        Paragraph explain = new Paragraph(getTranslation("roadmap.weights.explain"));
        explain.addClassName("px-muted");
        add(explain, form);
        Button save = new Button(getTranslation("editor.save"), e -> {
            Map<Long, Integer> weights = new LinkedHashMap<>();
            fields.forEach((id, field) -> weights.put(id, field.getValue() == null ? 0 : field.getValue()));
            try {
                objectives.changeWeights(weights, from.getValue(), note.getValue(), basedOn);
                Notifications.success(getTranslation("roadmap.weights.saved", String.valueOf(from.getValue())));
                close();
                onChange.run();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        save.setId("roadmap-weights-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("editor.cancel"), e -> close()), save);
        setWidth("min(48em, 96vw)");
    }
}
