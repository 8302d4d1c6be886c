package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import io.pxportal.portfolio.ContactData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The people at a vendor, one row each: name, role, e-mail, phone; rows can be added and removed. */
class ContactsEditor extends VerticalLayout {

    /** One editable row. */
    private final class Row extends HorizontalLayout {
        final TextField name = new TextField(getTranslation("contact.name"));
        final TextField role = new TextField(getTranslation("contact.role"));
        final EmailField email = new EmailField(getTranslation("contact.email"));
        final TextField phone = new TextField(getTranslation("contact.phone"));
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Binder<Row> binder = new Binder<>();

        Row(ContactData contact) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            name.setValue(contact.name());
            role.setValue(VendorForm.nullToEmpty(contact.role()));
            email.setValue(VendorForm.nullToEmpty(contact.email()));
            phone.setValue(VendorForm.nullToEmpty(contact.phone()));
            binder.forField(name)
                    .asRequired(getTranslation("validation.required"))
                    .bind(r -> name.getValue(), null);
            binder.forField(email)
                    .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                    .bind(r -> email.getValue(), null);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("contact.remove"));
            remove.addClickListener(e -> rows.remove(this));
            add(name, role, email, phone, remove);
        }

        ContactData toData() {
            return new ContactData(name.getValue(), role.getValue(), email.getValue(), phone.getValue());
        }
    }

    private final VerticalLayout rows = new VerticalLayout();
    private final Button add = new Button(getTranslation("contact.add"), VaadinIcon.PLUS.create());

    ContactsEditor() {
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setId("contact-add");
        add.addClickListener(e -> rows.add(new Row(new ContactData("", "", "", ""))));
        add(rows, add);
    }

    void setContacts(List<ContactData> contacts) {
        rows.removeAll();
        contacts.forEach(c -> rows.add(new Row(c)));
    }

    void setReadOnly(boolean readOnly) {
        add.setVisible(!readOnly);
        rows.getChildren().map(Row.class::cast).forEach(r -> {
            r.binder.setReadOnly(readOnly);
            r.role.setReadOnly(readOnly);
            r.phone.setReadOnly(readOnly);
            r.remove.setVisible(!readOnly);
        });
    }

    /** The contacts, if every row is valid; empty (with the rows marked) otherwise. */
    Optional<List<ContactData>> validContacts() {
        List<ContactData> contacts = new ArrayList<>();
        boolean ok = true;
        for (Row row : rows.getChildren().map(Row.class::cast).toList()) {
            ok &= row.binder.validate().isOk();
            contacts.add(row.toData());
        }
        return ok ? Optional.of(contacts) : Optional.empty();
    }
}
