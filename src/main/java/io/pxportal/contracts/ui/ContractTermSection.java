package io.pxportal.contracts.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.pxportal.contracts.AlertLeadTimes;
import io.pxportal.contracts.ContractSanity;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.shared.ui.DatePickers;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The contract form's term section: start and initial term, how it renews, the notice and when it was given, and
 * how long before a deadline alerts go out. Shows only the fields the chosen renewal type uses.
 */
final class ContractTermSection {

    private final ContractFields fields;
    private final DatePicker start;
    private final IntegerField initial;
    private final Select<RenewalType> renewal;
    private final IntegerField period;
    private final IntegerField notice;
    private final Select<NoticeUnit> unit;
    private final IntegerField agreed;
    private final DatePicker givenOn;
    private final TextField leadDays;

    ContractTermSection(ContractFields fields) {
        this.fields = fields;
        start = DatePickers.localized(new DatePicker(fields.t("contract.start")));
        start.setId("contract-start");
        initial = fields.integer("contract.initial-term", "contract-initial-term");
        renewal = fields.select("contract.renewal-type", RenewalType.values(), "renewal-type.");
        renewal.setId("contract-renewal-type");
        period = fields.integer("contract.renewal-period", "contract-renewal-period");
        notice = fields.integer("contract.notice", "contract-notice");
        unit = fields.select("contract.notice-unit", NoticeUnit.values(), "renewal.unit.");
        agreed = fields.integer("contract.explicit-renewals", "contract-explicit-renewals");
        givenOn = DatePickers.localized(new DatePicker(fields.t("contract.notice-given-on")));
        leadDays = fields.text("contract.alert-lead-days", "contract-alert-lead-days");
        leadDays.setHelperText(fields.t("contract.alert-lead-days.help"));
        renewal.addValueChangeListener(e -> {
            period.setVisible(e.getValue() != RenewalType.NONE);
            agreed.setVisible(e.getValue() == RenewalType.EXPLICIT);
            givenOn.setVisible(e.getValue() == RenewalType.AUTOMATIC);
        });
    }

    /** Dates must be plausible as of the clock's today (ADR 006), the term at least a month, the lead times valid. */
    void bind(Binder<ContractFormData> binder, String required, Clock clock) {
        String implausible =
                fields.t("contract.date.implausible", ContractSanity.EARLIEST.toString(), ContractSanity.YEARS_AHEAD);
        binder.forField(start)
                .asRequired(required)
                .withValidator(v -> ContractSanity.plausible(v, LocalDate.now(clock)), implausible)
                .bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(initial)
                .asRequired(required)
                .withValidator(v -> v >= 1, fields.t("contract.term.min"))
                .bind(d -> d.initialTermMonths, (d, v) -> d.initialTermMonths = v);
        binder.forField(renewal).asRequired(required).bind(d -> d.renewalType, (d, v) -> d.renewalType = v);
        binder.forField(period)
                .withValidator(v -> v == null || v >= 0, fields.t("contract.term.min"))
                .bind(d -> d.renewalPeriodMonths, (d, v) -> d.renewalPeriodMonths = v);
        binder.forField(notice)
                .withValidator(v -> v == null || v >= 0, fields.t("contract.notice.invalid"))
                .bind(d -> d.noticeAmount, (d, v) -> d.noticeAmount = v);
        binder.forField(unit).asRequired(required).bind(d -> d.noticeUnit, (d, v) -> d.noticeUnit = v);
        binder.forField(agreed).bind(d -> d.explicitRenewals, (d, v) -> d.explicitRenewals = v);
        binder.forField(givenOn)
                .withValidator(v -> ContractSanity.plausible(v, LocalDate.now(clock)), implausible)
                .bind(d -> d.noticeGivenOn, (d, v) -> d.noticeGivenOn = v);
        binder.forField(leadDays)
                .asRequired(required)
                .withValidator(
                        ContractTermSection::validLeadDays,
                        fields.t(
                                "contract.alert-lead-days.invalid",
                                AlertLeadTimes.MIN,
                                AlertLeadTimes.MAX,
                                AlertLeadTimes.MAX_COUNT))
                .bind(d -> d.alertLeadDays, (d, v) -> d.alertLeadDays = v);
    }

    void addTo(FormLayout layout) {
        layout.add(start, initial, renewal, period, notice, unit, agreed, givenOn, leadDays);
    }

    private static boolean validLeadDays(String text) {
        try {
            return AlertLeadTimes.valid(AlertLeadTimes.parse(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
