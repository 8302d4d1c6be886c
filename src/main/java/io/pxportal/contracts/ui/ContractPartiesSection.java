package io.pxportal.contracts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import java.util.List;

/** The contract form's first section: which contract (number, title), with whom, for which platforms, whose. */
final class ContractPartiesSection {

    private final TextField number;
    private final TextField title;
    private final ComboBox<VendorRef> vendor;
    private final MultiSelectComboBox<PlatformRef> platforms;
    private final ComboBox<UserRef> owner;

    ContractPartiesSection(
            ContractFields fields, VendorService vendors, PlatformService platformService, List<UserRef> owners) {
        number = fields.text("contract.number", "contract-number");
        title = fields.text("contract.title", "contract-title");
        vendor = new ComboBox<>(fields.t("contract.vendor"));
        vendor.setId("contract-vendor");
        vendor.setItemLabelGenerator(VendorRef::name);
        vendor.setItems(
                q -> vendors.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        platforms = new MultiSelectComboBox<>(fields.t("contract.platforms"));
        platforms.setId("contract-platforms");
        platforms.setItemLabelGenerator(PlatformRef::name);
        platforms.setItems(q ->
                platformService
                        .refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q))
                        .stream());
        platforms.setHelperText(fields.t("contract.platforms.help"));
        owner = new ComboBox<>(fields.t("contract.owner"), owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setClearButtonVisible(true);
    }

    void bind(Binder<ContractFormData> binder, String required) {
        binder.forField(number).asRequired(required).bind(d -> d.number, (d, v) -> d.number = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(vendor).asRequired(required).bind(d -> d.vendor, (d, v) -> d.vendor = v);
        binder.forField(platforms).bind(d -> d.platforms, (d, v) -> d.platforms = v);
        binder.forField(owner).bind(d -> d.owner, (d, v) -> d.owner = v);
    }

    void addTo(FormLayout layout) {
        layout.add(number, title, vendor, platforms, owner);
        layout.setColspan(platforms, 2);
    }
}
