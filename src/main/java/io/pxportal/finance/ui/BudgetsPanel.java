package io.pxportal.finance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.finance.BudgetDraft;
import io.pxportal.finance.BudgetService;
import io.pxportal.finance.BudgetView;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.FiscalCalendar;
import io.pxportal.finance.Money;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.Notifications;
import java.util.stream.IntStream;

/** The budgets of a fiscal year per platform and category. ADMIN and FINANCE set them. */
class BudgetsPanel extends Composite<VerticalLayout> {

    private final BudgetService budgets;
    private final PlatformService platforms;
    private final boolean editable;
    private final String currency;
    private final Select<Integer> fiscalYear = new Select<>();
    private final Grid<BudgetView> grid = new Grid<>();

    BudgetsPanel(
            BudgetService budgets,
            PlatformService platforms,
            ExportService exports,
            FiscalCalendar calendar,
            int currentYear,
            String currency,
            boolean editable) {
        this.budgets = budgets;
        this.platforms = platforms;
        this.editable = editable;
        this.currency = currency;
        ListToolbar toolbar = new ListToolbar(getTranslation("finance.menu.budgets"), "budgets");
        toolbar.hideSearch();
        fiscalYear.setId("budgets-fiscal-year");
        fiscalYear.setItems(
                IntStream.rangeClosed(currentYear - 2, currentYear + 1).boxed().toList());
        fiscalYear.setItemLabelGenerator(calendar::label);
        fiscalYear.setValue(currentYear);
        fiscalYear.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        toolbar.addFilters(fiscalYear);
        if (editable) {
            toolbar.enableCreate(() -> open(null));
        }
        grid.setId("budgets-grid");
        ListColumns<BudgetView> columns = new ListColumns<>(grid);
        columns.add(
                "finance.budget.platform",
                b -> b.platform() == null ? "" : b.platform().name());
        columns.add(
                        "finance.budget.category",
                        b -> getTranslation(
                                "finance-category." + b.draft().category().name()))
                .setSortProperty("category");
        columns.add(
                        "finance.budget.amount",
                        b -> Amounts.money(b.draft().amount(), b.draft().currency(), Amounts.locale(this)))
                .setSortProperty("amount")
                .setTextAlign(ColumnTextAlign.END);
        toolbar.addActions(new ExportMenu<>("budgets", exports, columns, p -> budgets.page(fiscalYear.getValue(), p)));
        LazyGrids.bind(grid, p -> budgets.page(fiscalYear.getValue(), p), () -> budgets.count(fiscalYear.getValue()));
        grid.addItemClickListener(e -> open(e.getItem()));
        getContent().setSizeFull();
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.budgets"),
                getTranslation("list.empty.import", getTranslation("finance.menu.budgets")));
        getContent().add(toolbar, grid);
    }

    private void open(BudgetView budget) {
        ComboBox<PlatformRef> platform = new ComboBox<>(getTranslation("finance.budget.platform"));
        PortfolioPicks.platforms(platform, platforms);
        Select<CostCategory> category = new Select<>();
        category.setLabel(getTranslation("finance.budget.category"));
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation("finance-category." + c.name()));
        BigDecimalField amount = new BigDecimalField(getTranslation("finance.budget.amount"));
        TextField currencyField = new TextField(getTranslation("finance.budget.currency"), currency, "EUR");
        if (budget != null) {
            platform.setValue(budget.platform());
            category.setValue(budget.draft().category());
            amount.setValue(budget.draft().amount());
            currencyField.setValue(budget.draft().currency());
        }
        EditorDialog dialog = new EditorDialog(
                budget == null
                        ? getTranslation("finance.budget.new")
                        : budget.platform().name() + " · "
                                + getTranslation("finance-category."
                                        + budget.draft().category().name()),
                new FormLayout(platform, category, amount, currencyField));
        if (budget != null) {
            storedRecordActions(dialog, budget);
        }
        dialog.setEditable(editable);
        dialog.onSave(() -> {
            String code = currencyField.getValue().trim().toUpperCase();
            if (platform.getValue() == null
                    || category.getValue() == null
                    || amount.getValue() == null
                    || amount.getValue().signum() < 0
                    || !Money.isCurrency(code)) {
                Notifications.error(getTranslation("finance.budget.incomplete"));
                return;
            }
            BudgetDraft draft = new BudgetDraft(
                    platform.getValue().id(),
                    fiscalYear.getValue(),
                    category.getValue(),
                    amount.getValue(),
                    code,
                    budget == null ? null : budget.draft().version());
            if (budget == null) {
                budgets.create(draft);
            } else {
                budgets.update(budget.id(), draft);
            }
            Notifications.success(
                    getTranslation("editor.saved", platform.getValue().name()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    /** A stored record's editor also shows its history and, for who may change it, deletes it. */
    private void storedRecordActions(EditorDialog dialog, BudgetView budget) {
        dialog.addHistory(() -> budgets.history(budget.id()));
        if (editable) {
            dialog.onDelete(budget.platform().name(), () -> {
                budgets.delete(budget.id(), budget.draft().version());
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
        }
    }
}
