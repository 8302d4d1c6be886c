package io.pxportal.experience.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.Direction;
import io.pxportal.experience.MetricDefinition;
import io.pxportal.experience.MetricSource;
import io.pxportal.experience.Pillar;

/** The fields of one catalogue metric, and the note that goes with publishing the change. */
class MetricForm extends FormLayout {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Dimension> dimension = new ComboBox<>();
    private final ComboBox<Pillar> pillar = new ComboBox<>();
    private final TextField unit = new TextField();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final BigDecimalField floor = new BigDecimalField();
    private final BigDecimalField target = new BigDecimalField();
    private final BigDecimalField weight = new BigDecimalField();
    private final ComboBox<MetricSource> source = new ComboBox<>();
    private final TextField note = new TextField();

    MetricForm(MetricDefinition metric) {
        code.setId("metric-code");
        name.setId("metric-name");
        floor.setId("metric-floor");
        target.setId("metric-target");
        weight.setId("metric-weight");
        note.setId("metric-note");
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("experience.dimension." + d));
        pillar.setItems(Pillar.values());
        pillar.setItemLabelGenerator(p -> getTranslation("experience.pillar." + p));
        pillar.setClearButtonVisible(true);
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("experience.direction." + d));
        source.setItems(MetricSource.values());
        source.setItemLabelGenerator(s -> getTranslation("experience.source." + s));
        note.setMaxLength(500);
        addFormItem(code, getTranslation("experience.metric.code"));
        addFormItem(name, getTranslation("experience.metric"));
        addFormItem(dimension, getTranslation("experience.dimension"));
        addFormItem(pillar, getTranslation("experience.pillar"));
        addFormItem(unit, getTranslation("experience.unit"));
        addFormItem(direction, getTranslation("experience.direction"));
        addFormItem(floor, getTranslation("experience.floor"));
        addFormItem(target, getTranslation("experience.target"));
        addFormItem(weight, getTranslation("experience.weight"));
        addFormItem(source, getTranslation("experience.source"));
        addFormItem(note, getTranslation("experience.version-note"));
        if (metric != null) {
            code.setValue(metric.code());
            code.setReadOnly(true);
            name.setValue(metric.name());
            dimension.setValue(metric.dimension());
            pillar.setValue(metric.pillar());
            unit.setValue(metric.unit());
            direction.setValue(metric.direction());
            floor.setValue(metric.floor());
            target.setValue(metric.target());
            weight.setValue(metric.weight());
            source.setValue(metric.source());
        }
    }

    /** The metric as entered; the definition's own checks explain what is wrong. */
    MetricDefinition metric() {
        return new MetricDefinition(
                code.getValue().strip(),
                name.getValue(),
                dimension.getValue(),
                pillar.getValue(),
                unit.getValue(),
                direction.getValue(),
                floor.getValue(),
                target.getValue(),
                weight.getValue(),
                source.getValue());
    }

    String note() {
        return note.getValue();
    }

    void setEditable(boolean editable) {
        getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
    }
}
