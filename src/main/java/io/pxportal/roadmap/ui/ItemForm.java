package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RoadmapItemDraft;
import io.pxportal.roadmap.RoadmapItemView;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Edits what a roadmap item is: vendor, product, title, type, quarter, status, platforms, source and notes. */
class ItemForm extends Composite<FormLayout> {

    static final class Data {
        VendorRef vendor;
        String product = "";
        String title = "";
        ItemType type = ItemType.FEATURE;
        Quarter quarter;
        ItemStatus status = ItemStatus.ANNOUNCED;
        String affectedVersion = "";
        Set<PlatformRef> platforms = new HashSet<>();
        String sourceUrl = "";
        String notes = "";
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private Data data = new Data();

    ItemForm(VendorService vendors, PlatformService platforms, Quarter now) {
        String required = getTranslation("validation.required");
        ComboBox<VendorRef> vendor = new ComboBox<>(getTranslation("roadmap.item.vendor"));
        vendor.setId("roadmap-item-vendor");
        PortfolioPicks.vendors(vendor, vendors);
        TextField product = new TextField(getTranslation("roadmap.item.product"));
        TextField title = new TextField(getTranslation("roadmap.item.title"));
        title.setId("roadmap-item-title");
        Select<ItemType> type = new Select<>();
        type.setLabel(getTranslation("roadmap.item.type"));
        type.setItems(ItemType.values());
        type.setItemLabelGenerator(t -> RoadmapLabels.type(this, t));
        ComboBox<Quarter> quarter =
                RoadmapLabels.quarterPicker(getTranslation("roadmap.item.committed-quarter"), now, 8, 12);
        quarter.setClearButtonVisible(true);
        Select<ItemStatus> status = new Select<>();
        status.setLabel(getTranslation("roadmap.item.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> RoadmapLabels.status(this, s));
        status.setHelperText(getTranslation("roadmap.item.status.help"));
        TextField affected = new TextField(getTranslation("roadmap.item.affected-version"));
        affected.setHelperText(getTranslation("roadmap.item.affected-version.help"));
        MultiSelectComboBox<PlatformRef> platformPicker =
                new MultiSelectComboBox<>(getTranslation("roadmap.item.platforms"));
        platformPicker.setItemLabelGenerator(PlatformRef::name);
        platformPicker.setItems(
                q -> platforms.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        platformPicker.setHelperText(getTranslation("roadmap.item.platforms.help"));
        TextField source = new TextField(getTranslation("roadmap.item.source"));
        TextArea notes = new TextArea(getTranslation("roadmap.item.notes"));

        binder.forField(vendor).asRequired(required).bind(d -> d.vendor, (d, v) -> d.vendor = v);
        binder.forField(product).asRequired(required).bind(d -> d.product, (d, v) -> d.product = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(type).asRequired(required).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(quarter).bind(d -> d.quarter, (d, v) -> d.quarter = v);
        binder.forField(status).asRequired(required).bind(d -> d.status, (d, v) -> d.status = v);
        binder.forField(affected).bind(d -> d.affectedVersion, (d, v) -> d.affectedVersion = v);
        binder.forField(platformPicker).bind(d -> d.platforms, (d, v) -> d.platforms = v);
        binder.forField(source)
                .withValidator(
                        v -> v == null || v.isBlank() || v.matches("https?://\\S+"),
                        getTranslation("roadmap.item.source.invalid"))
                .bind(d -> d.sourceUrl, (d, v) -> d.sourceUrl = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        type.addValueChangeListener(e -> affected.setVisible(e.getValue() == ItemType.END_OF_SUPPORT));
        getContent().add(vendor, product, title, type, quarter, status, affected, platformPicker, source, notes);
        getContent().setColspan(title, 2);
        getContent().setColspan(platformPicker, 2);
        getContent().setColspan(notes, 2);
        binder.setBean(data);
    }

    void edit(RoadmapItemView item) {
        RoadmapItemDraft d = item.draft();
        data = new Data();
        data.vendor = item.vendor();
        data.product = d.product();
        data.title = d.title();
        data.type = d.type();
        data.quarter = d.committedQuarter();
        data.status = d.status();
        data.affectedVersion = d.affectedVersion() == null ? "" : d.affectedVersion();
        data.platforms = new HashSet<>(item.platforms());
        data.sourceUrl = d.sourceUrl() == null ? "" : d.sourceUrl();
        data.notes = d.notes() == null ? "" : d.notes();
        data.version = d.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<RoadmapItemDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new RoadmapItemDraft(
                data.vendor.id(),
                data.product,
                data.title,
                data.type,
                data.quarter,
                data.status,
                data.type == ItemType.END_OF_SUPPORT ? data.affectedVersion : null,
                data.sourceUrl,
                data.notes,
                data.platforms.stream().map(PlatformRef::id).collect(Collectors.toSet()),
                data.version));
    }
}
