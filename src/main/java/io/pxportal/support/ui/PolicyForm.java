package io.pxportal.support.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.pxportal.support.Severity;
import io.pxportal.support.SeverityTarget;
import io.pxportal.support.SlaPolicyDraft;
import io.pxportal.support.SlaPolicyView;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The editable part of a policy: name, calendar (zone, hours or round the clock), uptime target, credit rules and
 * the four severities' names and targets in minutes. Working days, holidays and pausing statuses are kept as
 * they are (imported or set up once).
 */
class PolicyForm extends FormLayout {

    private final SlaPolicyView policy;
    private final TextField name = new TextField();
    private final TextField zone = new TextField();
    private final Checkbox roundTheClock = new Checkbox();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final BigDecimalField uptime = new BigDecimalField();
    private final BigDecimalField fee = new BigDecimalField();
    private final TextField tiers = new TextField();
    private final BigDecimalField cap = new BigDecimalField();
    private final IntegerField window = new IntegerField();
    private final Map<Severity, TextField> names = new EnumMap<>(Severity.class);
    private final Map<Severity, IntegerField> responses = new EnumMap<>(Severity.class);
    private final Map<Severity, IntegerField> resolutions = new EnumMap<>(Severity.class);

    PolicyForm(SlaPolicyView policy) {
        this.policy = policy;
        SlaPolicyDraft d = policy.draft();
        name.setValue(d.name());
        zone.setValue(d.timeZone());
        roundTheClock.setValue(d.roundTheClock());
        start.setValue(d.workStart());
        end.setValue(d.workEnd());
        uptime.setValue(d.uptimeTarget());
        fee.setValue(d.monthlyFee());
        tiers.setValue(d.creditTiers() == null ? "" : d.creditTiers());
        cap.setValue(d.creditCapPercent());
        window.setValue(d.claimWindowDays());
        addFormItem(name, getTranslation("support.policy.name"));
        addFormItem(zone, getTranslation("support.policy.zone"));
        addFormItem(roundTheClock, getTranslation("support.policy.round-the-clock"));
        addFormItem(start, getTranslation("support.policy.start"));
        addFormItem(end, getTranslation("support.policy.end"));
        addFormItem(uptime, getTranslation("support.policy.uptime-target"));
        addFormItem(fee, getTranslation("support.policy.monthly-fee"));
        addFormItem(tiers, getTranslation("support.policy.tiers"));
        addFormItem(cap, getTranslation("support.policy.cap"));
        addFormItem(window, getTranslation("support.policy.claim-window"));
        for (Severity s : Severity.values()) {
            SeverityTarget t = d.targets().get(s);
            TextField label = new TextField();
            label.setValue(t.name());
            IntegerField response = new IntegerField();
            response.setValue(t.responseMinutes());
            IntegerField resolution = new IntegerField();
            resolution.setValue(t.resolutionMinutes());
            names.put(s, label);
            responses.put(s, response);
            resolutions.put(s, resolution);
            addFormItem(label, s + " · " + getTranslation("support.policy.severity-name"));
            addFormItem(response, s + " · " + getTranslation("support.policy.response-minutes"));
            addFormItem(resolution, s + " · " + getTranslation("support.policy.resolution-minutes"));
        }
    }

    void setReadOnly(boolean readOnly) {
        getChildren().forEach(c -> c.getChildren().forEach(f -> {
            if (f instanceof com.vaadin.flow.component.HasValue<?, ?> field) {
                field.setReadOnly(readOnly);
            }
        }));
    }

    Optional<SlaPolicyDraft> validDraft() {
        SlaPolicyDraft d = policy.draft();
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            SeverityTarget old = d.targets().get(s);
            targets.put(s, new SeverityTarget(names.get(s).getValue(), value(responses.get(s)),
                    value(resolutions.get(s)), old.roundTheClock(), old.breachCreditPercent()));
        }
        return Optional.of(new SlaPolicyDraft(d.contractId(), name.getValue(), zone.getValue(),
                roundTheClock.getValue(), d.workingDays(), start.getValue(), end.getValue(), d.holidays(),
                d.pausingStatuses(), uptime.getValue(), fee.getValue(), d.currency(), tiers.getValue(), cap.getValue(),
                window.getValue() == null ? 0 : window.getValue(), targets, d.version()));
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
