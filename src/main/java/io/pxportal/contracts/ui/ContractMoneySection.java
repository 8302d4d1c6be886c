package io.pxportal.contracts.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import io.pxportal.contracts.UpliftType;

/**
 * The contract form's money section: currency, annual value and the price uplift clause. Shows only the fields the
 * chosen uplift type uses (a fixed percentage, or an index with its cap and floor).
 */
final class ContractMoneySection {

    private final ContractFields fields;
    private final TextField currency;
    private final BigDecimalField value;
    private final Select<UpliftType> uplift;
    private final BigDecimalField upliftPercent;
    private final TextField index;
    private final BigDecimalField cap;
    private final BigDecimalField floor;

    ContractMoneySection(ContractFields fields) {
        this.fields = fields;
        currency = fields.text("contract.currency", "contract-currency");
        currency.setMaxLength(3);
        value = new BigDecimalField(fields.t("contract.annual-value"));
        uplift = fields.select("contract.uplift-type", UpliftType.values(), "uplift-type.");
        upliftPercent = new BigDecimalField(fields.t("contract.uplift-percent"));
        index = fields.text("contract.uplift-index", "contract-uplift-index");
        cap = new BigDecimalField(fields.t("contract.uplift-cap"));
        floor = new BigDecimalField(fields.t("contract.uplift-floor"));
        uplift.addValueChangeListener(e -> {
            upliftPercent.setVisible(e.getValue() == UpliftType.FIXED);
            index.setVisible(e.getValue() == UpliftType.INDEX);
            cap.setVisible(e.getValue() == UpliftType.INDEX);
            floor.setVisible(e.getValue() == UpliftType.INDEX);
        });
    }

    void bind(Binder<ContractFormData> binder, String required) {
        binder.forField(currency)
                .withConverter(v -> v == null ? "" : v.trim().toUpperCase(), v -> v)
                .withValidator(new RegexpValidator(fields.t("contract.currency.invalid"), "[A-Z]{3}"))
                .bind(d -> d.currency, (d, v) -> d.currency = v);
        binder.forField(value)
                .withValidator(v -> v == null || v.signum() >= 0, fields.t("contract.value.invalid"))
                .bind(d -> d.annualValue, (d, v) -> d.annualValue = v);
        binder.forField(uplift).asRequired(required).bind(d -> d.upliftType, (d, v) -> d.upliftType = v);
        binder.forField(upliftPercent).bind(d -> d.upliftPercent, (d, v) -> d.upliftPercent = v);
        binder.forField(index).bind(d -> d.upliftIndex, (d, v) -> d.upliftIndex = v);
        binder.forField(cap).bind(d -> d.upliftCap, (d, v) -> d.upliftCap = v);
        binder.forField(floor).bind(d -> d.upliftFloor, (d, v) -> d.upliftFloor = v);
    }

    void addTo(FormLayout layout) {
        layout.add(currency, value, uplift, upliftPercent, index, cap, floor);
    }
}
