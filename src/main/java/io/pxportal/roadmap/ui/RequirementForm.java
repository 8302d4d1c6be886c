package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.roadmap.ObjectiveRef;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RequirementDraft;
import io.pxportal.roadmap.RequirementView;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Edits a requirement: platform, what it needs, by when, and the objectives it serves. */
class RequirementForm extends Composite<FormLayout> {

    static final class Data {
        PlatformRef platform;
        String title = "";
        Quarter neededBy;
        String description = "";
        Set<ObjectiveRef> objectives = new HashSet<>();
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private Data data = new Data();

    RequirementForm(PlatformService platforms, List<ObjectiveRef> objectives, Quarter now) {
        String required = getTranslation("validation.required");
        ComboBox<PlatformRef> platform = new ComboBox<>(getTranslation("roadmap.requirement.platform"));
        PortfolioPicks.platforms(platform, platforms);
        TextField title = new TextField(getTranslation("roadmap.requirement.title"));
        ComboBox<Quarter> neededBy =
                RoadmapLabels.quarterPicker(getTranslation("roadmap.requirement.needed-by"), now, 4, 12);
        MultiSelectComboBox<ObjectiveRef> objectivePicker =
                new MultiSelectComboBox<>(getTranslation("roadmap.requirement.objectives"), objectives);
        objectivePicker.setItemLabelGenerator(o -> o.code() + " · " + o.name());
        TextArea description = new TextArea(getTranslation("roadmap.requirement.description"));
        binder.forField(platform).asRequired(required).bind(d -> d.platform, (d, v) -> d.platform = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(neededBy).asRequired(required).bind(d -> d.neededBy, (d, v) -> d.neededBy = v);
        binder.forField(objectivePicker).bind(d -> d.objectives, (d, v) -> d.objectives = v);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        getContent().add(platform, neededBy, title, objectivePicker, description);
        getContent().setColspan(title, 2);
        getContent().setColspan(objectivePicker, 2);
        getContent().setColspan(description, 2);
        binder.setBean(data);
    }

    void edit(RequirementView requirement) {
        RequirementDraft d = requirement.draft();
        data = new Data();
        data.platform = requirement.platform();
        data.title = d.title();
        data.neededBy = d.neededBy();
        data.description = d.description() == null ? "" : d.description();
        data.objectives = new HashSet<>(requirement.objectives());
        data.version = d.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<RequirementDraft> validDraft() {
        return binder.validate().isOk()
                ? Optional.of(new RequirementDraft(
                        data.platform.id(),
                        data.title,
                        data.neededBy,
                        data.description,
                        data.objectives.stream().map(ObjectiveRef::id).collect(Collectors.toSet()),
                        data.version))
                : Optional.empty();
    }
}
