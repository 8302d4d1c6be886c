package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.shared.domain.CountryCode;
import io.pxportal.shared.ui.Notifications;
import java.util.Optional;

/** Edits a vendor's details; its contacts are edited on their own tab by {@link ContactsEditor}. */
class VendorForm extends Composite<FormLayout> {

    /** The form's mutable state. */
    static final class Data {
        String name = "";
        String country = "";
        String website = "";
        String accountManager = "";
        String notes = "";
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private final ContactsEditor contacts = new ContactsEditor();
    private Data data = new Data();

    VendorForm() {
        TextField name = new TextField(getTranslation("vendor.name"));
        name.setId("vendor-name");
        TextField country = new TextField(getTranslation("vendor.country"));
        country.setId("vendor-country");
        country.setHelperText(getTranslation("vendor.country.help"));
        country.setMaxLength(2);
        TextField website = new TextField(getTranslation("vendor.website"));
        website.setId("vendor-website");
        TextField accountManager = new TextField(getTranslation("vendor.account-manager"));
        TextArea notes = new TextArea(getTranslation("vendor.notes"));

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 1, 120))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(country)
                .withConverter(v -> v == null ? "" : v.trim().toUpperCase(), v -> v)
                .withValidator((value, context) -> value.isEmpty() || CountryCode.Check.known(value)
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("vendor.country.unknown", value)))
                .bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(website)
                .withValidator(new RegexpValidator(getTranslation("vendor.website.invalid"), "(https?://\\S+)?"))
                .bind(d -> d.website, (d, v) -> d.website = v);
        binder.forField(accountManager)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 120))
                .bind(d -> d.accountManager, (d, v) -> d.accountManager = v);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 4000))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        getContent().add(name, country, website, accountManager, notes);
        getContent().setColspan(notes, 2);
        binder.setBean(data);
    }

    ContactsEditor contactsEditor() {
        return contacts;
    }

    void edit(VendorDetails vendor) {
        data = new Data();
        data.name = vendor.name();
        data.country = nullToEmpty(vendor.country());
        data.website = nullToEmpty(vendor.website());
        data.accountManager = nullToEmpty(vendor.accountManager());
        data.notes = nullToEmpty(vendor.notes());
        data.version = vendor.version();
        binder.setBean(data);
        contacts.setContacts(vendor.contacts());
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        contacts.setReadOnly(readOnly);
    }

    /** The draft, if the details and every contact are valid; otherwise the fields say what is wrong. */
    Optional<VendorDraft> validDraft() {
        boolean detailsOk = binder.validate().isOk();
        var contactList = contacts.validContacts();
        if (contactList.isEmpty()) {
            Notifications.error(getTranslation("vendor.contacts.invalid"));
        }
        if (!detailsOk || contactList.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VendorDraft(
                data.name,
                data.country,
                data.website,
                data.accountManager,
                data.notes,
                contactList.get(),
                data.version));
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
