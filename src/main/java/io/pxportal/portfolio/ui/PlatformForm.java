package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Edits a platform. Owners can be changed by an admin only; business units are typed, comma-separated. */
class PlatformForm extends Composite<FormLayout> {

    /** The form's mutable state. */
    static final class Data {
        String name = "";
        VendorRef vendor;
        String product = "";
        String productVersion = "";
        Deployment deployment;
        Lifecycle lifecycle = Lifecycle.EVALUATE;
        Set<PlatformEnvironment> environments = EnumSet.of(PlatformEnvironment.PRODUCTION);
        String businessUnits = "";
        Set<UserRef> owners = new HashSet<>();
        String notes = "";
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private final MultiSelectComboBox<UserRef> owners = new MultiSelectComboBox<>();
    private final boolean admin;
    private Data data = new Data();

    PlatformForm(VendorService vendors, List<UserRef> productOwners, boolean admin) {
        this.admin = admin;
        TextField name = new TextField(getTranslation("platform.name"));
        name.setId("platform-name");
        ComboBox<VendorRef> vendor = vendorPicker(vendors);
        TextField product = new TextField(getTranslation("platform.product"));
        product.setId("platform-product");
        TextField productVersion = new TextField(getTranslation("platform.product-version"));
        Select<Deployment> deployment = select("platform.deployment", Deployment.values(), "deployment.");
        deployment.setId("platform-deployment");
        Select<Lifecycle> lifecycle = select("platform.lifecycle", Lifecycle.values(), "lifecycle.");
        CheckboxGroup<PlatformEnvironment> environments = new CheckboxGroup<>(getTranslation("platform.environments"));
        environments.setItems(PlatformEnvironment.values());
        environments.setItemLabelGenerator(e -> getTranslation("environment." + e.name()));
        TextField businessUnits = new TextField(getTranslation("platform.business-units"));
        businessUnits.setHelperText(getTranslation("platform.business-units.help"));
        ownersPicker(productOwners);
        TextArea notes = new TextArea(getTranslation("platform.notes"));

        String required = getTranslation("validation.required");
        binder.forField(name)
                .asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 1, 120))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(vendor).asRequired(required).bind(d -> d.vendor, (d, v) -> d.vendor = v);
        binder.forField(product)
                .asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 1, 120))
                .bind(d -> d.product, (d, v) -> d.product = v);
        binder.forField(productVersion)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 40))
                .bind(d -> d.productVersion, (d, v) -> d.productVersion = v);
        binder.forField(deployment).asRequired(required).bind(d -> d.deployment, (d, v) -> d.deployment = v);
        binder.forField(lifecycle).asRequired(required).bind(d -> d.lifecycle, (d, v) -> d.lifecycle = v);
        binder.forField(environments).bind(d -> d.environments, (d, v) -> d.environments = v);
        binder.forField(businessUnits).bind(d -> d.businessUnits, (d, v) -> d.businessUnits = v);
        binder.forField(owners).bind(d -> d.owners, (d, v) -> d.owners = v);
        binder.forField(notes)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length"), 0, 4000))
                .bind(d -> d.notes, (d, v) -> d.notes = v);
        getContent()
                .add(
                        name,
                        vendor,
                        product,
                        productVersion,
                        deployment,
                        lifecycle,
                        environments,
                        businessUnits,
                        owners,
                        notes);
        getContent().setColspan(environments, 2);
        getContent().setColspan(notes, 2);
        binder.setBean(data);
        owners.setReadOnly(!admin);
    }

    private ComboBox<VendorRef> vendorPicker(VendorService vendors) {
        ComboBox<VendorRef> vendor = new ComboBox<>(getTranslation("platform.vendor"));
        vendor.setId("platform-vendor");
        PortfolioPicks.vendors(vendor, vendors);
        return vendor;
    }

    /** The product owners to choose from; only an admin assigns owners. */
    private void ownersPicker(List<UserRef> productOwners) {
        owners.setLabel(getTranslation("platform.owners"));
        owners.setId("platform-owners");
        owners.setItems(productOwners);
        owners.setItemLabelGenerator(UserRef::displayName);
        owners.setHelperText(getTranslation(admin ? "platform.owners.help" : "platform.owners.admin-only"));
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String itemPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(itemPrefix + v.name()));
        return select;
    }

    void edit(PlatformDetails platform) {
        data = new Data();
        data.name = platform.name();
        data.vendor = platform.vendor();
        data.product = platform.product();
        data.productVersion = VendorForm.nullToEmpty(platform.productVersion());
        data.deployment = platform.deployment();
        data.lifecycle = platform.lifecycle();
        data.environments = platform.environments().isEmpty()
                ? EnumSet.noneOf(PlatformEnvironment.class)
                : EnumSet.copyOf(platform.environments());
        data.businessUnits = String.join(", ", platform.businessUnits());
        data.owners = new HashSet<>(platform.owners());
        data.notes = VendorForm.nullToEmpty(platform.notes());
        data.version = platform.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        owners.setReadOnly(readOnly || !admin);
    }

    /** The draft, if every field is valid; otherwise the fields show what is wrong. */
    Optional<PlatformDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Set<String> units = Arrays.stream(data.businessUnits.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> ownerNames = data.owners.stream().map(UserRef::username).collect(Collectors.toSet());
        return Optional.of(new PlatformDraft(
                data.name,
                data.vendor.id(),
                data.product,
                data.productVersion,
                data.deployment,
                data.lifecycle,
                data.environments,
                units,
                ownerNames,
                data.notes,
                data.version));
    }
}
