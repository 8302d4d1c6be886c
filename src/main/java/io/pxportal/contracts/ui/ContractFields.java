package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Makes the contract form's fields, labelled in the form's language, for its sections. */
final class ContractFields {

    private final Component i18n;

    ContractFields(Component i18n) {
        this.i18n = i18n;
    }

    String t(String key, Object... arguments) {
        return i18n.getTranslation(key, arguments);
    }

    TextField text(String labelKey, String id) {
        TextField field = new TextField(t(labelKey));
        field.setId(id);
        return field;
    }

    IntegerField integer(String labelKey, String id) {
        IntegerField field = new IntegerField(t(labelKey));
        field.setId(id);
        field.setMin(0);
        return field;
    }

    <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String itemPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(t(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : t(itemPrefix + v.name()));
        return select;
    }
}
