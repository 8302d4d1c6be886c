package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineDraft;
import io.pxportal.finance.CostLineView;
import io.pxportal.finance.Money;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PortfolioPicks;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

/** Edits a cost line: reference, platform, vendor, contract, category, kind, month, amount and currency. */
class CostLineForm extends Composite<FormLayout> {

    /** A contract to pick: id and number. */
    record ContractChoice(Long id, String number) {}

    /** The form's mutable state. */
    static final class Data {
        String reference = "";
        PlatformRef platform;
        VendorRef vendor;
        ContractChoice contract;
        CostCategory category = CostCategory.LICENCE;
        CostKind kind = CostKind.ACTUAL;
        String period;
        BigDecimal amount;
        String currency = "EUR";
        String description = "";
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private Data data = new Data();

    CostLineForm(
            PlatformService platforms, VendorService vendors, ContractService contracts, String currency, Clock clock) {
        String required = getTranslation("validation.required");
        data.currency = currency;
        data.period = YearMonth.now(clock).toString();
        TextField reference = new TextField(getTranslation("finance.cost.reference"));
        reference.setId("cost-reference");
        ComboBox<PlatformRef> platform = platformPicker(platforms);
        ComboBox<VendorRef> vendor = vendorPicker(vendors);
        ComboBox<ContractChoice> contract = contractPicker(contracts);
        Select<CostCategory> category = select("finance.cost.category", CostCategory.values(), "finance-category.");
        Select<CostKind> kind = select("finance.cost.kind", CostKind.values(), "finance-kind.");
        TextField period = new TextField(getTranslation("finance.cost.period"));
        period.setId("cost-period");
        period.setPlaceholder("2026-03");
        BigDecimalField amount = new BigDecimalField(getTranslation("finance.cost.amount"));
        amount.setId("cost-amount");
        TextField currencyField = new TextField(getTranslation("finance.cost.currency"));
        currencyField.setId("cost-currency");
        currencyField.setMaxLength(3);
        TextField description = new TextField(getTranslation("finance.cost.description"));

        binder.forField(reference).asRequired(required).bind(d -> d.reference, (d, v) -> d.reference = v);
        binder.forField(platform).asRequired(required).bind(d -> d.platform, (d, v) -> d.platform = v);
        binder.forField(vendor).bind(d -> d.vendor, (d, v) -> d.vendor = v);
        binder.forField(contract).bind(d -> d.contract, (d, v) -> d.contract = v);
        binder.forField(category).asRequired(required).bind(d -> d.category, (d, v) -> d.category = v);
        binder.forField(kind).asRequired(required).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(period)
                .asRequired(required)
                .withValidator(v -> v.matches("\\d{4}-\\d{2}"), getTranslation("finance.period.invalid"))
                .bind(d -> d.period, (d, v) -> d.period = v);
        binder.forField(amount)
                .asRequired(required)
                .withValidator(v -> v.scale() <= 2, getTranslation("finance.amount.invalid"))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(currencyField)
                .asRequired(required)
                .withValidator(Money::isCurrency, getTranslation("finance.currency.invalid"))
                .bind(d -> d.currency, (d, v) -> d.currency = v);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        getContent()
                .add(reference, platform, vendor, contract, category, kind, period, amount, currencyField, description);
        binder.setBean(data);
    }

    private ComboBox<PlatformRef> platformPicker(PlatformService platforms) {
        ComboBox<PlatformRef> platform = new ComboBox<>(getTranslation("finance.cost.platform"));
        platform.setId("cost-platform");
        PortfolioPicks.platforms(platform, platforms);
        return platform;
    }

    private ComboBox<VendorRef> vendorPicker(VendorService vendors) {
        ComboBox<VendorRef> vendor = new ComboBox<>(getTranslation("finance.cost.vendor"));
        vendor.setHelperText(getTranslation("finance.cost.vendor.help"));
        PortfolioPicks.vendors(vendor, vendors);
        return vendor;
    }

    private ComboBox<ContractChoice> contractPicker(ContractService contracts) {
        ComboBox<ContractChoice> contract = new ComboBox<>(getTranslation("finance.cost.contract"));
        contract.setItemLabelGenerator(ContractChoice::number);
        contract.setItems(q -> contracts
                .page(
                        new ContractFilter(q.getFilter().orElse(""), null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream()
                .map(c -> new ContractChoice(c.id(), c.draft().number())));
        return contract;
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String itemPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(itemPrefix + v.name()));
        return select;
    }

    void edit(CostLineView line) {
        CostLineDraft d = line.draft();
        data = new Data();
        data.reference = d.reference();
        data.platform = line.platform();
        data.vendor = line.vendor();
        data.contract = d.contractId() == null ? null : new ContractChoice(d.contractId(), line.contractNumber());
        data.category = d.category();
        data.kind = d.kind();
        data.period = d.period().toString();
        data.amount = d.amount();
        data.currency = d.currency();
        data.description = d.description() == null ? "" : d.description();
        data.version = d.version();
        binder.setBean(data);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<CostLineDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new CostLineDraft(
                data.reference,
                data.platform.id(),
                data.vendor == null ? null : data.vendor.id(),
                data.contract == null ? null : data.contract.id(),
                data.category,
                data.kind,
                YearMonth.parse(data.period),
                data.amount,
                data.currency.toUpperCase(),
                data.description,
                data.version));
    }
}
