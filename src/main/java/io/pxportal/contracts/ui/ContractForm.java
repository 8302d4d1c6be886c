package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.contracts.AlertLeadTimes;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractSanity;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalTerms;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.ui.DatePickers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits what a contract says: parties, term, renewal, notice, value and price uplift; warns, above the fields,
 * when the terms cannot work as entered.
 */
class ContractForm extends Composite<FormLayout> {

    /** The form's mutable state. */
    static final class Data {
        String number = "";
        String title = "";
        VendorRef vendor;
        Set<PlatformRef> platforms = new HashSet<>();
        UserRef owner;
        LocalDate start;
        Integer initialTermMonths = 12;
        RenewalType renewalType = RenewalType.AUTOMATIC;
        Integer renewalPeriodMonths = 12;
        Integer noticeAmount = 90;
        NoticeUnit noticeUnit = NoticeUnit.DAYS;
        Integer explicitRenewals = 0;
        LocalDate noticeGivenOn;
        String currency = "EUR";
        BigDecimal annualValue;
        UpliftType upliftType = UpliftType.NONE;
        BigDecimal upliftPercent;
        String upliftIndex = "";
        BigDecimal upliftCap;
        BigDecimal upliftFloor;
        String notes = "";
        String alertLeadDays = AlertLeadTimes.format(AlertLeadTimes.DEFAULT);
        Long version;
    }

    private final Binder<Data> binder = new Binder<>();
    private final Div warnings = new Div();
    private Data data = new Data();

    ContractForm(VendorService vendors, PlatformService platforms, List<UserRef> owners, Clock clock) {
        String required = getTranslation("validation.required");
        TextField number = text("contract.number", "contract-number");
        TextField title = text("contract.title", "contract-title");
        ComboBox<VendorRef> vendor = new ComboBox<>(getTranslation("contract.vendor"));
        vendor.setId("contract-vendor");
        vendor.setItemLabelGenerator(VendorRef::name);
        vendor.setItems(
                q -> vendors.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        MultiSelectComboBox<PlatformRef> platformPicker =
                new MultiSelectComboBox<>(getTranslation("contract.platforms"));
        platformPicker.setId("contract-platforms");
        platformPicker.setItemLabelGenerator(PlatformRef::name);
        platformPicker.setItems(
                q -> platforms.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        platformPicker.setHelperText(getTranslation("contract.platforms.help"));
        ComboBox<UserRef> owner = new ComboBox<>(getTranslation("contract.owner"), owners);
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setClearButtonVisible(true);
        DatePicker start = DatePickers.localized(new DatePicker(getTranslation("contract.start")));
        start.setId("contract-start");
        IntegerField initial = integer("contract.initial-term", "contract-initial-term");
        Select<RenewalType> renewal = select("contract.renewal-type", RenewalType.values(), "renewal-type.");
        renewal.setId("contract-renewal-type");
        IntegerField period = integer("contract.renewal-period", "contract-renewal-period");
        IntegerField notice = integer("contract.notice", "contract-notice");
        Select<NoticeUnit> unit = select("contract.notice-unit", NoticeUnit.values(), "renewal.unit.");
        IntegerField agreed = integer("contract.explicit-renewals", "contract-explicit-renewals");
        DatePicker givenOn = DatePickers.localized(new DatePicker(getTranslation("contract.notice-given-on")));
        TextField currency = text("contract.currency", "contract-currency");
        currency.setMaxLength(3);
        BigDecimalField value = new BigDecimalField(getTranslation("contract.annual-value"));
        Select<UpliftType> uplift = select("contract.uplift-type", UpliftType.values(), "uplift-type.");
        BigDecimalField upliftPercent = new BigDecimalField(getTranslation("contract.uplift-percent"));
        TextField index = text("contract.uplift-index", "contract-uplift-index");
        BigDecimalField cap = new BigDecimalField(getTranslation("contract.uplift-cap"));
        BigDecimalField floor = new BigDecimalField(getTranslation("contract.uplift-floor"));
        TextArea notes = new TextArea(getTranslation("contract.notes"));
        TextField leadDays = text("contract.alert-lead-days", "contract-alert-lead-days");
        leadDays.setHelperText(getTranslation("contract.alert-lead-days.help"));

        binder.forField(number).asRequired(required).bind(d -> d.number, (d, v) -> d.number = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(vendor).asRequired(required).bind(d -> d.vendor, (d, v) -> d.vendor = v);
        binder.forField(platformPicker).bind(d -> d.platforms, (d, v) -> d.platforms = v);
        binder.forField(owner).bind(d -> d.owner, (d, v) -> d.owner = v);
        String implausible = getTranslation(
                "contract.date.implausible", ContractSanity.EARLIEST.toString(), ContractSanity.YEARS_AHEAD);
        binder.forField(start)
                .asRequired(required)
                .withValidator(v -> ContractSanity.plausible(v, LocalDate.now(clock)), implausible)
                .bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(initial)
                .asRequired(required)
                .withValidator(v -> v >= 1, getTranslation("contract.term.min"))
                .bind(d -> d.initialTermMonths, (d, v) -> d.initialTermMonths = v);
        binder.forField(renewal).asRequired(required).bind(d -> d.renewalType, (d, v) -> d.renewalType = v);
        binder.forField(period)
                .withValidator(v -> v == null || v >= 0, getTranslation("contract.term.min"))
                .bind(d -> d.renewalPeriodMonths, (d, v) -> d.renewalPeriodMonths = v);
        binder.forField(notice)
                .withValidator(v -> v == null || v >= 0, getTranslation("contract.notice.invalid"))
                .bind(d -> d.noticeAmount, (d, v) -> d.noticeAmount = v);
        binder.forField(unit).asRequired(required).bind(d -> d.noticeUnit, (d, v) -> d.noticeUnit = v);
        binder.forField(agreed).bind(d -> d.explicitRenewals, (d, v) -> d.explicitRenewals = v);
        binder.forField(givenOn)
                .withValidator(v -> ContractSanity.plausible(v, LocalDate.now(clock)), implausible)
                .bind(d -> d.noticeGivenOn, (d, v) -> d.noticeGivenOn = v);
        binder.forField(currency)
                .withConverter(v -> v == null ? "" : v.trim().toUpperCase(), v -> v)
                .withValidator(new RegexpValidator(getTranslation("contract.currency.invalid"), "[A-Z]{3}"))
                .bind(d -> d.currency, (d, v) -> d.currency = v);
        binder.forField(value)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("contract.value.invalid"))
                .bind(d -> d.annualValue, (d, v) -> d.annualValue = v);
        binder.forField(uplift).asRequired(required).bind(d -> d.upliftType, (d, v) -> d.upliftType = v);
        binder.forField(upliftPercent).bind(d -> d.upliftPercent, (d, v) -> d.upliftPercent = v);
        binder.forField(index).bind(d -> d.upliftIndex, (d, v) -> d.upliftIndex = v);
        binder.forField(cap).bind(d -> d.upliftCap, (d, v) -> d.upliftCap = v);
        binder.forField(floor).bind(d -> d.upliftFloor, (d, v) -> d.upliftFloor = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        binder.forField(leadDays)
                .asRequired(required)
                .withValidator(
                        ContractForm::validLeadDays,
                        getTranslation(
                                "contract.alert-lead-days.invalid",
                                AlertLeadTimes.MIN,
                                AlertLeadTimes.MAX,
                                AlertLeadTimes.MAX_COUNT))
                .bind(d -> d.alertLeadDays, (d, v) -> d.alertLeadDays = v);

        // Show only the fields the chosen renewal and uplift types use.
        renewal.addValueChangeListener(e -> {
            period.setVisible(e.getValue() != RenewalType.NONE);
            agreed.setVisible(e.getValue() == RenewalType.EXPLICIT);
            givenOn.setVisible(e.getValue() == RenewalType.AUTOMATIC);
        });
        uplift.addValueChangeListener(e -> {
            upliftPercent.setVisible(e.getValue() == UpliftType.FIXED);
            index.setVisible(e.getValue() == UpliftType.INDEX);
            cap.setVisible(e.getValue() == UpliftType.INDEX);
            floor.setVisible(e.getValue() == UpliftType.INDEX);
        });
        // What does not work in the terms shows as they are typed, before saving (ADR 006: saved all the same).
        warnings.setId("contract-warnings");
        warnings.addClassName("px-warning-box");
        binder.addValueChangeListener(e -> showWarnings());
        getContent().add(warnings);
        getContent().setColspan(warnings, 2);
        getContent()
                .add(
                        number,
                        title,
                        vendor,
                        platformPicker,
                        owner,
                        start,
                        initial,
                        renewal,
                        period,
                        notice,
                        unit,
                        agreed,
                        givenOn,
                        leadDays,
                        currency,
                        value,
                        uplift,
                        upliftPercent,
                        index,
                        cap,
                        floor,
                        notes);
        getContent().setColspan(notes, 2);
        getContent().setColspan(platformPicker, 2);
        binder.setBean(data);
        showWarnings();
    }

    /** The warnings of the terms as they stand in the form; none while the terms are incomplete or invalid. */
    private void showWarnings() {
        Data d = data;
        boolean complete = d.start != null
                && d.initialTermMonths != null
                && d.initialTermMonths >= 1
                && d.renewalType != null
                && d.noticeUnit != null
                && orZero(d.noticeAmount) >= 0
                && (d.renewalType == RenewalType.NONE || orZero(d.renewalPeriodMonths) >= 1);
        Inconsistency.show(
                warnings,
                complete
                        ? ContractSanity.warnings(new RenewalTerms(
                                d.start,
                                d.initialTermMonths,
                                d.renewalType,
                                d.renewalType == RenewalType.NONE ? 0 : d.renewalPeriodMonths,
                                orZero(d.noticeAmount),
                                d.noticeUnit,
                                Math.max(0, orZero(d.explicitRenewals)),
                                null))
                        : List.of(),
                this,
                getLocale());
    }

    void edit(ContractView contract, List<UserRef> owners) {
        ContractDraft d = contract.draft();
        data = new Data();
        data.number = d.number();
        data.title = d.title();
        data.vendor = contract.vendor();
        data.platforms = new HashSet<>(contract.platforms());
        data.owner = owners.stream()
                .filter(o -> o.username().equals(d.owner()))
                .findFirst()
                .orElse(null);
        data.start = d.start();
        data.initialTermMonths = d.initialTermMonths();
        data.renewalType = d.renewalType();
        data.renewalPeriodMonths = d.renewalPeriodMonths();
        data.noticeAmount = d.noticeAmount();
        data.noticeUnit = d.noticeUnit();
        data.explicitRenewals = d.explicitRenewals();
        data.noticeGivenOn = d.noticeGivenOn();
        data.currency = d.currency();
        data.annualValue = d.annualValue();
        data.upliftType = d.upliftType();
        data.upliftPercent = d.upliftPercent();
        data.upliftIndex = d.upliftIndex() == null ? "" : d.upliftIndex();
        data.upliftCap = d.upliftCapPercent();
        data.upliftFloor = d.upliftFloorPercent();
        data.notes = d.notes() == null ? "" : d.notes();
        data.alertLeadDays = AlertLeadTimes.format(d.alertLeadDays());
        data.version = d.version();
        binder.setBean(data);
        showWarnings();
    }

    /** A new contract starts today by default. */
    void startingOn(LocalDate date) {
        data.start = date;
        binder.setBean(data);
        showWarnings();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Optional<ContractDraft> validDraft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new ContractDraft(
                data.number,
                data.title,
                data.vendor.id(),
                data.platforms.stream().map(PlatformRef::id).collect(Collectors.toSet()),
                data.owner == null ? null : data.owner.username(),
                data.start,
                data.initialTermMonths,
                data.renewalType,
                orZero(data.renewalPeriodMonths),
                orZero(data.noticeAmount),
                data.noticeUnit,
                orZero(data.explicitRenewals),
                data.noticeGivenOn,
                data.currency,
                data.annualValue,
                data.upliftType,
                data.upliftPercent,
                data.upliftIndex,
                data.upliftCap,
                data.upliftFloor,
                data.notes,
                AlertLeadTimes.parse(data.alertLeadDays),
                data.version));
    }

    private static boolean validLeadDays(String text) {
        try {
            return AlertLeadTimes.valid(AlertLeadTimes.parse(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private TextField text(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private IntegerField integer(String labelKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        return field;
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String itemPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(itemPrefix + v.name()));
        return select;
    }
}
