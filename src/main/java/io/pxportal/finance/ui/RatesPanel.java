package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.finance.FxRateDraft;
import io.pxportal.finance.FxRateService;
import io.pxportal.finance.FxRateView;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.Notifications;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** FX rates per month: 1 base = rate quote. ADMIN and FINANCE enter and correct them. */
class RatesPanel extends Composite<VerticalLayout> {

    private final FxRateService rates;
    private final boolean editable;
    private final Grid<FxRateView> grid = new Grid<>();

    RatesPanel(FxRateService rates, ExportService exports, boolean editable) {
        this.rates = rates;
        this.editable = editable;
        ListToolbar toolbar = new ListToolbar(getTranslation("finance.menu.rates"), "rates");
        toolbar.hideSearch();
        if (editable) {
            toolbar.enableCreate(() -> open(null));
        }
        grid.setId("rates-grid");
        ListColumns<FxRateView> columns = new ListColumns<>(grid);
        columns.add("finance.rate.month", r -> r.draft().month().toString()).setSortProperty("month");
        columns.add("finance.rate.base", r -> r.draft().base()).setSortProperty("base");
        columns.add("finance.rate.quote", r -> r.draft().quote()).setSortProperty("quote");
        columns.add(
                        "finance.rate.rate",
                        r -> r.draft().rate().stripTrailingZeros().toPlainString())
                .setTextAlign(ColumnTextAlign.END);
        toolbar.addActions(new ExportMenu<>("fx-rates", exports, columns, rates::page));
        LazyGrids.bind(grid, rates::page, rates::count);
        grid.addItemClickListener(e -> open(e.getItem()));
        getContent().setSizeFull();
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.rates"),
                getTranslation("list.empty.import", getTranslation("finance.menu.rates")));
        getContent().add(toolbar, grid);
    }

    private void open(FxRateView rate) {
        TextField month = new TextField(getTranslation("finance.rate.month"));
        month.setId("rate-month");
        month.setPlaceholder("2026-03");
        TextField base = new TextField(getTranslation("finance.rate.base"), "EUR", "EUR");
        TextField quote = new TextField(getTranslation("finance.rate.quote"));
        quote.setId("rate-quote");
        BigDecimalField value = new BigDecimalField(getTranslation("finance.rate.rate"));
        value.setId("rate-rate");
        if (rate != null) {
            month.setValue(rate.draft().month().toString());
            base.setValue(rate.draft().base());
            quote.setValue(rate.draft().quote());
            value.setValue(rate.draft().rate());
            month.setReadOnly(true);
            base.setReadOnly(true);
            quote.setReadOnly(true);
        }
        value.setReadOnly(!editable);
        EditorDialog dialog = new EditorDialog(
                rate == null
                        ? getTranslation("finance.rate.new")
                        : rate.draft().month() + " " + rate.draft().base() + "/"
                                + rate.draft().quote(),
                new FormLayout(month, base, quote, value));
        if (rate != null) {
            storedRecordActions(dialog, rate);
        }
        dialog.setEditable(editable);
        dialog.onSave(() -> {
            YearMonth parsed;
            try {
                parsed = YearMonth.parse(month.getValue().trim());
            } catch (DateTimeParseException e) {
                month.setInvalid(true);
                month.setErrorMessage(getTranslation("finance.period.invalid"));
                return;
            }
            if (value.getValue() == null || value.getValue().signum() <= 0) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation("finance.rate.invalid"));
                return;
            }
            rates.save(new FxRateDraft(
                    parsed,
                    base.getValue().trim().toUpperCase(),
                    quote.getValue().trim().toUpperCase(),
                    value.getValue(),
                    rate == null ? null : rate.draft().version()));
            Notifications.success(getTranslation("editor.saved", parsed + " " + quote.getValue()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    /** A stored record's editor also shows its history and, for who may change it, deletes it. */
    private void storedRecordActions(EditorDialog dialog, FxRateView rate) {
        dialog.addHistory(() -> rates.history(rate.id()));
        if (editable) {
            dialog.onDelete(rate.draft().month().toString(), () -> {
                rates.delete(rate.id(), rate.draft().version());
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
        }
    }
}
