package io.pxportal.support.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.support.BusinessCalendarView;
import io.pxportal.support.PolicyContract;
import io.pxportal.support.Severity;
import io.pxportal.support.SeverityTarget;
import io.pxportal.support.SlaPolicyDraft;
import io.pxportal.support.TicketStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A policy's editable parts: name, contract, business calendar, pausing statuses, uptime target and credit rules,
 * and per severity its name, response and resolution targets (each in business or round-the-clock minutes) and
 * per-breach credit.
 */
class PolicyForm extends FormLayout implements RetimingEditor.Form<SlaPolicyDraft> {

    private final SlaPolicyDraft start;
    private final TextField name = new TextField();
    private final ComboBox<PolicyContract> contract = new ComboBox<>();
    private final ComboBox<BusinessCalendarView> calendar = new ComboBox<>();
    private final MultiSelectComboBox<TicketStatus> pausing = new MultiSelectComboBox<>();
    private final BigDecimalField uptime = new BigDecimalField();
    private final BigDecimalField fee = new BigDecimalField();
    private final TextField tiers = new TextField();
    private final BigDecimalField cap = new BigDecimalField();
    private final IntegerField window = new IntegerField();
    private final Map<Severity, TargetFields> targets = new EnumMap<>(Severity.class);

    /**
     * @param start what the form starts from (a policy, its copy, or the defaults for a new one)
     * @param contracts the contracts the user may choose, the policy's own among them
     */
    PolicyForm(SlaPolicyDraft start, List<PolicyContract> contracts, List<BusinessCalendarView> calendars) {
        this.start = start;
        setId("policy-form");
        name.setId("policy-name");
        name.setValue(start.name() == null ? "" : start.name());
        contract.setId("policy-contract");
        contract.setItems(contracts);
        contract.setItemLabelGenerator(c -> c.number() + " · " + c.title()
                + (c.covered() && !c.id().equals(start.contractId())
                        ? " (" + getTranslation("support.policy.has-policy") + ")"
                        : ""));
        contracts.stream()
                .filter(c -> c.id().equals(start.contractId()))
                .findFirst()
                .ifPresent(contract::setValue);
        calendar.setId("policy-calendar");
        calendar.setItems(calendars);
        calendar.setItemLabelGenerator(c -> c.draft().name() + " (" + c.draft().timeZone() + ")");
        calendars.stream()
                .filter(c -> c.id().equals(start.calendarId()))
                .findFirst()
                .ifPresent(calendar::setValue);
        pausing.setId("policy-pausing");
        pausing.setItems(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.ON_HOLD);
        pausing.setItemLabelGenerator(s -> getTranslation("support-status." + s.name()));
        pausing.setValue(start.pausingStatuses());
        uptime.setValue(start.uptimeTarget());
        fee.setValue(start.monthlyFee());
        tiers.setValue(start.creditTiers() == null ? "" : start.creditTiers());
        cap.setValue(start.creditCapPercent());
        window.setValue(start.claimWindowDays());
        addFormItem(name, getTranslation("support.policy.name"));
        addFormItem(contract, getTranslation("support.credit.contract"));
        addFormItem(calendar, getTranslation("support.calendar"));
        addFormItem(pausing, getTranslation("support.policy.pausing"));
        addFormItem(uptime, getTranslation("support.policy.uptime-target"));
        addFormItem(fee, getTranslation("support.policy.monthly-fee"));
        addFormItem(tiers, getTranslation("support.policy.tiers"));
        addFormItem(cap, getTranslation("support.policy.cap"));
        addFormItem(window, getTranslation("support.policy.claim-window"));
        for (Severity s : Severity.values()) {
            TargetFields fields = new TargetFields(s, start.targets().get(s));
            targets.put(s, fields);
            H4 heading = new H4(s.name());
            add(heading);
            setColspan(heading, 2);
            addFormItem(fields.label, getTranslation("support.policy.severity-name"));
            addFormItem(fields.credit, getTranslation("support.policy.breach-credit"));
            addFormItem(fields.response, getTranslation("support.policy.response-minutes"));
            addFormItem(fields.responseAround, getTranslation("support.policy.clock"));
            addFormItem(fields.resolution, getTranslation("support.policy.resolution-minutes"));
            addFormItem(fields.resolutionAround, getTranslation("support.policy.clock"));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getChildren()
                .forEach(c -> c.getChildren().forEach(f -> {
                    if (f instanceof HasValue<?, ?> field) {
                        field.setReadOnly(readOnly);
                    }
                }));
    }

    /** The draft, or empty (with the missing fields marked) when a required choice is missing. */
    @Override
    public Optional<SlaPolicyDraft> validDraft() {
        List<HasValue<?, ?>> missing = new ArrayList<>();
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("validation.required"));
            missing.add(name);
        }
        for (ComboBox<?> box : List.of(contract, calendar)) {
            box.setInvalid(box.getValue() == null);
            box.setErrorMessage(getTranslation("validation.required"));
            if (box.getValue() == null) {
                missing.add(box);
            }
        }
        if (!missing.isEmpty()) {
            return Optional.empty();
        }
        Map<Severity, SeverityTarget> values = new EnumMap<>(Severity.class);
        targets.forEach((s, f) -> values.put(s, f.target()));
        String currency = contract.getValue().currency() == null
                ? start.currency()
                : contract.getValue().currency();
        return Optional.of(new SlaPolicyDraft(
                contract.getValue().id(),
                name.getValue(),
                calendar.getValue().id(),
                Set.copyOf(pausing.getValue()),
                uptime.getValue(),
                fee.getValue(),
                currency,
                tiers.getValue(),
                cap.getValue(),
                window.getValue() == null ? 0 : window.getValue(),
                values,
                start.version()));
    }

    /** One severity's fields. */
    private final class TargetFields {
        final TextField label = new TextField();
        final IntegerField response = new IntegerField();
        final ComboBox<Boolean> responseAround = clockChoice();
        final IntegerField resolution = new IntegerField();
        final ComboBox<Boolean> resolutionAround = clockChoice();
        final BigDecimalField credit = new BigDecimalField();

        TargetFields(Severity severity, SeverityTarget target) {
            String id = "policy-" + severity.name().toLowerCase(java.util.Locale.ROOT);
            label.setId(id + "-name");
            response.setId(id + "-response");
            responseAround.setId(id + "-response-clock");
            resolution.setId(id + "-resolution");
            resolutionAround.setId(id + "-resolution-clock");
            label.setValue(target.name());
            response.setValue(target.responseMinutes());
            responseAround.setValue(target.responseRoundTheClock());
            resolution.setValue(target.resolutionMinutes());
            resolutionAround.setValue(target.resolutionRoundTheClock());
            credit.setValue(target.breachCreditPercent());
        }

        SeverityTarget target() {
            return new SeverityTarget(
                    label.getValue(),
                    value(response),
                    value(resolution),
                    Boolean.TRUE.equals(responseAround.getValue()),
                    Boolean.TRUE.equals(resolutionAround.getValue()),
                    credit.getValue());
        }

        private ComboBox<Boolean> clockChoice() {
            ComboBox<Boolean> box = new ComboBox<>();
            box.setItems(false, true);
            box.setItemLabelGenerator(
                    around -> getTranslation(around ? "support.policy.clock.around" : "support.policy.clock.business"));
            return box;
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
