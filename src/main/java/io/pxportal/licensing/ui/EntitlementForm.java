package io.pxportal.licensing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.licensing.EntitlementDraft;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.ui.DatePickers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Edits what an entitlement says: contract line, platform, product, metric, quantity, prices and term. */
class EntitlementForm extends Composite<FormLayout> {

    /** A contract to choose, with the platforms an entitlement under it may be for. */
    record ContractChoice(Long id, String label, String currency, List<PlatformRef> platforms) {

        static ContractChoice of(ContractView contract) {
            return new ContractChoice(
                    contract.id(),
                    contract.draft().number() + " · " + contract.draft().title(),
                    contract.draft().currency(),
                    List.copyOf(contract.platforms()));
        }
    }

    /** The form's mutable state. */
    static final class Data {
        ContractChoice contract;
        PlatformRef platform;
        String product = "";
        LicenceMetric metric = LicenceMetric.NAMED_USER;
        BigDecimal quantity;
        BigDecimal unitPrice;
        BigDecimal overagePrice;
        BigDecimal maintenancePercent;
        LocalDate termFrom;
        LocalDate termTo;
        boolean nonProductionCounts;
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private final ContractService contracts;
    private final Select<PlatformRef> platform = new Select<>();
    private final BigDecimalField unitPrice = decimal("entitlement.unit-price", "entitlement-unit-price");
    private final BigDecimalField overagePrice = decimal("entitlement.overage-price", "entitlement-overage-price");
    private Data data = new Data();

    EntitlementForm(ContractService contracts) {
        this.contracts = contracts;
        String required = getTranslation("validation.required");
        ComboBox<ContractChoice> contract = contractPicker(contracts);
        platform.setLabel(getTranslation("entitlement.platform"));
        platform.setId("entitlement-platform");
        platform.setItemLabelGenerator(p -> p == null ? "" : p.name());
        TextField product = new TextField(getTranslation("entitlement.product"));
        product.setId("entitlement-product");
        product.setMaxLength(120);
        Select<LicenceMetric> metric = metricSelect();
        BigDecimalField quantity = decimal("entitlement.quantity", "entitlement-quantity");
        BigDecimalField maintenance = decimal("entitlement.maintenance", "entitlement-maintenance");
        DatePicker termFrom = DatePickers.localized(new DatePicker(getTranslation("entitlement.term-from")));
        termFrom.setHelperText(getTranslation("entitlement.term.help"));
        DatePicker termTo = DatePickers.localized(new DatePicker(getTranslation("entitlement.term-to")));
        termTo.setHelperText(getTranslation("entitlement.term.help"));
        Checkbox nonProduction = new Checkbox(getTranslation("entitlement.non-production"));
        nonProduction.setId("entitlement-non-production");

        binder.forField(contract).asRequired(required).bind(d -> d.contract, (d, v) -> d.contract = v);
        binder.forField(platform).asRequired(required).bind(d -> d.platform, (d, v) -> d.platform = v);
        binder.forField(product).asRequired(required).bind(d -> d.product, (d, v) -> d.product = v);
        binder.forField(metric).asRequired(required).bind(d -> d.metric, (d, v) -> d.metric = v);
        binder.forField(quantity)
                .withValidator(v -> data.metric == null || data.metric.isUnlimited() || v != null, required)
                .withValidator(v -> v == null || v.signum() > 0, getTranslation("entitlement.quantity.invalid"))
                .bind(d -> d.quantity, (d, v) -> d.quantity = v);
        bindPrices(maintenance);
        binder.forField(termFrom).bind(d -> d.termFrom, (d, v) -> d.termFrom = v);
        binder.forField(termTo)
                .withValidator(
                        v -> v == null || data.termFrom == null || !v.isBefore(data.termFrom),
                        getTranslation("entitlement.term.invalid"))
                .bind(d -> d.termTo, (d, v) -> d.termTo = v);
        binder.forField(nonProduction).bind(d -> d.nonProductionCounts, (d, v) -> d.nonProductionCounts = v);

        // The platform is one of the contract's; an enterprise licence has no quantity.
        contract.addValueChangeListener(e -> choose(e.getValue()));
        metric.addValueChangeListener(
                e -> quantity.setVisible(e.getValue() == null || !e.getValue().isUnlimited()));
        getContent()
                .add(
                        contract,
                        platform,
                        product,
                        metric,
                        quantity,
                        unitPrice,
                        overagePrice,
                        maintenance,
                        termFrom,
                        termTo,
                        nonProduction);
        getContent().setColspan(contract, 2);
        binder.setBean(data);
    }

    private Select<LicenceMetric> metricSelect() {
        Select<LicenceMetric> metric = new Select<>();
        metric.setLabel(getTranslation("entitlement.metric"));
        metric.setId("entitlement-metric");
        metric.setItems(LicenceMetric.values());
        metric.setItemLabelGenerator(m -> m == null ? "" : getTranslation("licence-metric." + m.name()));
        return metric;
    }

    private ComboBox<ContractChoice> contractPicker(ContractService contracts) {
        ComboBox<ContractChoice> contract = new ComboBox<>(getTranslation("entitlement.contract"));
        contract.setId("entitlement-contract");
        contract.setItemLabelGenerator(ContractChoice::label);
        contract.setItems(q -> contracts
                .page(
                        new ContractFilter(q.getFilter().orElse(""), null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream()
                .map(ContractChoice::of));
        return contract;
    }

    /** Prices are never negative; maintenance is a percentage of the licence price. */
    private void bindPrices(BigDecimalField maintenance) {
        binder.forField(unitPrice)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("entitlement.price.invalid"))
                .bind(d -> d.unitPrice, (d, v) -> d.unitPrice = v);
        binder.forField(overagePrice)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("entitlement.price.invalid"))
                .bind(d -> d.overagePrice, (d, v) -> d.overagePrice = v);
        binder.forField(maintenance)
                .withValidator(
                        v -> v == null || (v.signum() >= 0 && v.intValue() <= 100),
                        getTranslation("entitlement.maintenance.invalid"))
                .bind(d -> d.maintenancePercent, (d, v) -> d.maintenancePercent = v);
    }

    private void choose(ContractChoice contract) {
        List<PlatformRef> platforms = contract == null ? List.of() : contract.platforms();
        PlatformRef kept = data.platform != null && platforms.contains(data.platform)
                ? data.platform
                : platforms.size() == 1 ? platforms.getFirst() : null;
        platform.setItems(platforms);
        platform.setValue(kept);
        String helper = contract == null ? "" : getTranslation("entitlement.currency", contract.currency());
        unitPrice.setHelperText(helper);
        overagePrice.setHelperText(helper);
    }

    void edit(EntitlementView entitlement) {
        EntitlementDraft d = entitlement.draft();
        data = new Data();
        data.contract = ContractChoice.of(contracts.get(d.contractId()));
        data.platform = entitlement.platform();
        data.product = d.product();
        data.metric = d.metric();
        data.quantity = d.quantity();
        data.unitPrice = d.unitPrice();
        data.overagePrice = d.overagePrice();
        data.maintenancePercent = d.maintenancePercent();
        data.termFrom = d.termFrom();
        data.termTo = d.termTo();
        data.nonProductionCounts = d.nonProductionCounts();
        data.version = d.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<EntitlementDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new EntitlementDraft(
                data.contract.id(),
                data.platform.id(),
                data.product,
                data.metric,
                data.metric.isUnlimited() ? null : data.quantity,
                data.unitPrice,
                data.overagePrice,
                data.maintenancePercent,
                data.termFrom,
                data.termTo,
                data.nonProductionCounts,
                data.version));
    }

    private BigDecimalField decimal(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
