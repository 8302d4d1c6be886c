package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.finance.FullYearOutlook;
import io.pxportal.finance.OutlookService;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The fiscal year's full-year outlook beside its budget, each part labelled with where it comes from: actual to
 * date, committed, the contracted remainder of the open months (per contract on demand), the known one-offs, the
 * outlook, the budget (or "no budget") and the difference.
 */
class OutlookPanel extends Composite<VerticalLayout> {

    /** One labelled line of the outlook. */
    record Part(String id, String label, String value, boolean total) {}

    private final OutlookService outlooks;
    private final Grid<Part> parts = new Grid<>();
    private final Grid<FullYearOutlook.Contract> contracts = new Grid<>();
    private final H3 title = new H3();

    OutlookPanel(OutlookService outlooks) {
        this.outlooks = outlooks;
        parts.setId("finance-outlook");
        parts.setAllRowsVisible(true);
        // Wide enough for the longest label beside an amount with an unconverted part; labels wrap rather than cut.
        parts.setWidth("56rem");
        parts.setMaxWidth("100%");
        parts.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        parts.addComponentColumn(p -> strong(p.label(), p.total()))
                .setHeader(getTranslation("finance.outlook.part"))
                .setFlexGrow(1);
        parts.addComponentColumn(p -> strong(p.value(), p.total()))
                .setHeader(getTranslation("finance.cost.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        contracts.setId("finance-outlook-contracts");
        contracts.setAllRowsVisible(true);
        PortalGrids.text(contracts, FullYearOutlook.Contract::number)
                .setHeader(getTranslation("finance.cost.contract"))
                .setAutoWidth(true);
        PortalGrids.text(contracts, c -> Amounts.money(c.yearCost(), getLocale()))
                .setHeader(getTranslation("finance.outlook.year-cost"))
                .setTextAlign(ColumnTextAlign.END);
        PortalGrids.text(contracts, c -> Amounts.money(c.openCost(), getLocale()))
                .setHeader(getTranslation("finance.outlook.open-cost"))
                .setTextAlign(ColumnTextAlign.END);
        contracts
                .addComponentColumn(c -> Amounts.cell(c.booked(), this))
                .setHeader(getTranslation("finance.outlook.booked"))
                .setTextAlign(ColumnTextAlign.END);
        contracts
                .addComponentColumn(c -> Amounts.cell(c.remainder(), this))
                .setHeader(getTranslation("finance.outlook.remainder"))
                .setTextAlign(ColumnTextAlign.END);
        Details details = new Details(getTranslation("finance.outlook.contracts"), contracts);
        details.setId("finance-outlook-details");
        Paragraph help = new Paragraph(getTranslation("finance.outlook.help"));
        getContent().setPadding(false);
        getContent().add(title, help, parts, details);
    }

    void show(int fiscalYear, Long platformId) {
        FullYearOutlook outlook = outlooks.outlook(fiscalYear, platformId);
        title.setText(getTranslation("finance.outlook.title", outlook.label()));
        EmptyState.on(parts, getTranslation("empty.outlook"));
        parts.setItems(parts(outlook));
        EmptyState.on(contracts, getTranslation("empty.outlook.contracts"));
        contracts.setItems(outlook.contracts());
    }

    private List<Part> parts(FullYearOutlook o) {
        var locale = Amounts.locale(this);
        List<Part> rows = new ArrayList<>();
        rows.add(new Part("actual", getTranslation("finance.outlook.actual"), Amounts.text(o.actual(), this), false));
        rows.add(new Part(
                "committed", getTranslation("finance.outlook.committed"), Amounts.text(o.committed(), this), false));
        rows.add(new Part(
                "remainder",
                o.openFrom() == null
                        ? getTranslation("finance.outlook.remainder.none")
                        : getTranslation(
                                "finance.outlook.remainder.months",
                                month(o.openFrom()),
                                month(o.lastMonth()),
                                o.contracts().size()),
                Amounts.text(o.contractedRemainder(), this),
                false));
        rows.add(new Part(
                "one-offs", getTranslation("finance.outlook.one-offs"), Amounts.text(o.oneOffs(), this), false));
        rows.add(new Part("outlook", getTranslation("finance.outlook.total"), Amounts.text(o.outlook(), this), true));
        rows.add(new Part(
                "budget",
                getTranslation("finance.budget"),
                o.budgeted() ? Amounts.text(o.budget(), this) : getTranslation("finance.no-budget"),
                false));
        rows.add(new Part(
                "variance",
                getTranslation("finance.outlook.variance"),
                o.budgeted() ? Amounts.money(o.variance(), o.currency(), locale) : getTranslation("finance.no-budget"),
                false));
        return rows;
    }

    private static Span strong(String text, boolean total) {
        Span span = new Span(text);
        if (total) {
            span.getStyle().set("font-weight", "600");
        }
        return span;
    }

    private String month(YearMonth month) {
        return Formats.month(month, Amounts.locale(this));
    }
}
