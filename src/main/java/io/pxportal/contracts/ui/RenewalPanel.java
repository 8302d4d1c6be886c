package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.DatePickers;
import java.time.LocalDate;

/** The contract's dates on any chosen day, each explained in words. */
class RenewalPanel extends Composite<VerticalLayout> {

    private final VerticalLayout explanation = new VerticalLayout();

    RenewalPanel(ContractService contracts, Long contractId, RenewalSchedule today) {
        DatePicker asOf = DatePickers.localized(new DatePicker(getTranslation("contract.as-of"), today.asOf()));
        asOf.setId("renewal-as-of");
        asOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(contracts.scheduleOn(contractId, e.getValue()));
            }
        });
        explanation.setPadding(false);
        explanation.setSpacing(false);
        explanation.setId("renewal-explanation");
        getContent().setPadding(false);
        getContent().add(asOf, explanation);
        show(today);
    }

    private void show(RenewalSchedule schedule) {
        explanation.removeAll();
        Span state = new Span(getTranslation("renewal.state." + schedule.state().name()));
        state.getElement().getThemeList().add("badge");
        explanation.add(state);
        StringBuilder text = new StringBuilder();
        for (RenewalSchedule.Reason reason : schedule.explanation()) {
            text.append(getTranslation(reason.key(), readable(reason.arguments())))
                    .append(' ');
        }
        explanation.add(new Paragraph(text.toString().trim()));
    }

    /** Dates in the user's format, message keys (units) translated. */
    private Object[] readable(Object[] arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            shown[i] = switch (argument) {
                case LocalDate date -> Formats.date(date, getLocale());
                case String key when key.startsWith("renewal.") -> getTranslation(key);
                default -> argument;
            };
        }
        return shown;
    }
}
