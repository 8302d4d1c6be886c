package io.pxportal.licensing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.DatePickers;
import java.time.Clock;
import java.time.LocalDate;

/** The entitlement's position on any chosen day, figure by figure, and its consumption over time as a chart. */
class PositionPanel extends Composite<VerticalLayout> {

    private final EntitlementService entitlements;
    private final EntitlementView entitlement;
    private final DatePicker asOf;
    private final DescriptionList figures = new DescriptionList();
    private final UsageChart chart;
    private final PositionFormat format = new PositionFormat(this, this::getLocale);
    private final Clock clock;

    PositionPanel(
            EntitlementService entitlements, EntitlementView entitlement, LocalDate day, boolean dark, Clock clock) {
        this.entitlements = entitlements;
        this.clock = clock;
        this.entitlement = entitlement;
        this.chart = new UsageChart(entitlement.draft().metric(), dark);
        asOf = DatePickers.localized(new DatePicker(getTranslation("licence.as-of"), day));
        asOf.setId("position-as-of");
        asOf.addValueChangeListener(e -> refresh());
        figures.setId("position-figures");
        figures.addClassName("px-figures");
        getContent().setPadding(false);
        getContent().add(asOf, figures, chart);
        refresh();
    }

    /** Shows the position again, e.g. after a measurement was added. */
    void refresh() {
        LocalDate day = asOf.getValue() == null ? LocalDate.now(clock) : asOf.getValue();
        LicencePosition p = entitlements.positionOn(entitlement.id(), day);
        String currency = entitlement.currency();
        figures.removeAll();
        figure("licence.status", format.status(p));
        figure(
                "licence.contract-year",
                getTranslation(
                        "licence.contract-year.value",
                        p.contractYear(),
                        Formats.date(p.yearStart(), getLocale()),
                        Formats.date(p.yearEnd(), getLocale())));
        figure("licence.entitled", format.entitled(p));
        figure("licence.consumed", format.number(p.consumed()));
        if (p.peakOn() != null) {
            figure("licence.peak-on", Formats.date(p.peakOn(), getLocale()));
        }
        if (p.measuredThrough() != null) {
            figure("licence.measured-through", Formats.date(p.measuredThrough(), getLocale()));
        }
        figure("licence.utilisation", format.percent(p.utilisation()));
        figure("licence.shortfall", format.number(p.shortfall()));
        figure("licence.exposure", format.money(p.exposure(), currency));
        figure("licence.surplus", format.number(p.surplus()));
        figure("licence.shelfware", format.money(p.shelfware(), currency));
        if (entitlement.draft().metric().isVolume()) {
            figure("licence.forecast", format.number(p.forecast()));
            figure("licence.forecast-exposure", format.money(p.forecastExposure(), currency));
            figure(
                    "licence.runs-out",
                    p.runsOutOn() == null
                            ? getTranslation("licence.runs-out.not-this-year")
                            : Formats.date(p.runsOutOn(), getLocale()));
        }
        figure("licence.counted", getTranslation("licence.counted.value", p.counted(), p.excluded()));
        chart.show(
                entitlements.timeline(entitlement.id(), day),
                getTranslation("licence.chart.alt", entitlement.draft().product()));
    }

    /** A term and its value, so the pair reads as one ("Status: Shortfall forecast") on screen and aloud. */
    private void figure(String labelKey, String value) {
        DescriptionList.Term label = new DescriptionList.Term(getTranslation(labelKey));
        label.addClassName("px-muted");
        DescriptionList.Description shown =
                new DescriptionList.Description(value == null || value.isEmpty() ? "—" : value);
        Div row = new Div(label, shown);
        row.addClassName("px-figure");
        figures.add(row);
    }
}
