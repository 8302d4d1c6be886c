package io.pxportal.finance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.finance.FinanceWorkbookService;
import io.pxportal.finance.Forecast;
import io.pxportal.finance.ForecastService;
import io.pxportal.finance.OutlookService;
import io.pxportal.finance.UnitCostService;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.util.stream.IntStream;

/**
 * Finance at a glance, in the reporting currency: the fiscal year's full-year outlook beside its budget, spend by
 * year and budget vs actual for a fiscal year (drilling down to the lines), the 3- or 5-year forecast with its index
 * scenario, and cost per communication with TCO; the whole report as XLSX. A missing FX rate is named in a banner
 * and marked on every figure it touches. The address may choose the fiscal year ({@code fiscalYear}) and narrow the
 * outlook and budget vs actual to one platform ({@code platformId}), as the portfolio card and the PX metric's
 * evidence do.
 */
@Route("finance")
@Menu(title = "finance.menu.overview", order = 40, icon = "vaadin:money")
@InMenuSection(MenuSection.FINANCE)
@PermitAll
public class FinanceView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FinanceReportService reports;
    private final Select<Integer> fiscalYear = new Select<>();
    private final Div gaps = new Div();
    private final BudgetPanel budget;
    private final ForecastPanel forecast;
    private final UnitCostPanel unitCost;
    private final OutlookPanel outlook;
    private Long platformId;
    private final boolean hidden;

    public FinanceView(
            FinanceReportService reports,
            ForecastService forecasts,
            UnitCostService unitCosts,
            FinanceSettingsService settings,
            FinanceWorkbookService workbooks,
            OutlookService outlooks,
            ShellPreferences preferences) {
        this.reports = reports;
        FinanceSettings current = settings.get();
        boolean dark = preferences.isDark();
        budget = new BudgetPanel(reports, dark);
        forecast = new ForecastPanel(forecasts, reports, current.indexAssumptionPercent(), dark);
        unitCost = new UnitCostPanel(unitCosts, reports, dark);
        outlook = new OutlookPanel(outlooks);
        budget.onAllPlatforms(() -> {
            platformId = null;
            outlook.show(fiscalYear.getValue(), null);
        });
        int thisYear = reports.currentFiscalYear();
        fiscalYear.setId("finance-fiscal-year");
        fiscalYear.setLabel(getTranslation("finance.fiscal-year"));
        fiscalYear.setItems(
                IntStream.rangeClosed(thisYear - 2, thisYear + 1).boxed().toList());
        fiscalYear.setItemLabelGenerator(fy -> current.calendar().label(fy));
        fiscalYear.setValue(thisYear);
        fiscalYear.addValueChangeListener(e -> refresh());
        Anchor report = reportLink(workbooks, current);
        H2 title = new H2(getTranslation("finance.menu.overview"));
        title.addClassName("px-page-title");
        HorizontalLayout head = new HorizontalLayout(title, fiscalYear, VaadinIcon.DOWNLOAD_ALT.create(), report);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        gaps.setId("finance-gaps");
        gaps.getElement().getThemeList().add("badge warning");
        gaps.setVisible(false);
        forecast.onChange(this::showGaps);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("finance.tab.budget"), budget).setId("finance-tab-budget");
        tabs.add(getTranslation("finance.tab.forecast"), forecast).setId("finance-tab-forecast");
        tabs.add(getTranslation("finance.tab.unit-cost"), unitCost).setId("finance-tab-unit-cost");
        hidden = reports.costsHidden();
        if (hidden) {
            // Zeros and empty axes would read as figures: say why there are none instead
            add(CostsHidden.page(getTranslation("finance.menu.overview")));
            return;
        }
        add(head, gaps, outlook, tabs);
        forecast.refresh();
    }

    /** The workbook of the fiscal year chosen, with the forecast as the forecast tab shows it. */
    private Anchor reportLink(FinanceWorkbookService workbooks, FinanceSettings current) {
        DownloadHandler xlsx = event -> {
            event.setFileName("finance-report-"
                    + current.calendar().label(fiscalYear.getValue()).replace('/', '-') + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            int[] state = new int[2];
            java.math.BigDecimal[] index = new java.math.BigDecimal[1];
            var locale = Amounts.locale(this);
            event.getUI().accessSynchronously(() -> {
                state[0] = fiscalYear.getValue();
                state[1] = forecast.years();
                index[0] = forecast.indexAssumption();
            });
            workbooks.write(state[0], state[1], index[0], locale, event.getOutputStream());
        };
        Anchor report = new Anchor(xlsx, getTranslation("finance.report.xlsx"));
        report.setId("finance-report-xlsx");
        return report;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (hidden) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        parameters
                .getSingleParameter("fiscalYear")
                .filter(v -> v.matches("\\d{4}"))
                .map(Integer::valueOf)
                .filter(fy -> fiscalYear.getListDataView().contains(fy))
                .ifPresent(fiscalYear::setValue);
        platformId = parameters
                .getSingleParameter("platformId")
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        budget.showPlatform(platformId);
        refresh();
    }

    private void refresh() {
        int fy = fiscalYear.getValue();
        budget.show(fy);
        outlook.show(fy, platformId);
        unitCost.show(fy);
        var figures = reports.budgetVsActual(fy, io.pxportal.finance.FinanceDimension.CATEGORY);
        gaps.setVisible(!figures.gaps().isEmpty());
        gaps.setText(Amounts.gaps(figures.gaps(), this));
    }

    private void showGaps(Forecast shown) {
        if (!gaps.isVisible() && !shown.gaps().isEmpty()) {
            gaps.setVisible(true);
            gaps.setText(Amounts.gaps(shown.gaps(), this));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finance.menu.overview");
    }
}
