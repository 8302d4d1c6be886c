package io.pxportal.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance report as an XLSX workbook a finance analyst can work with: one sheet per view (spend, budget vs
 * actual by platform, vendor and category, forecast, forecast lines, true-up risk, cost per communication, total
 * cost of ownership, missing rates), numbers as numbers with the currency in the cell format, headers frozen.
 */
@Service
@Transactional(readOnly = true)
public class FinanceWorkbookService {

    private final FinanceReportService reports;
    private final ForecastService forecasts;
    private final UnitCostService unitCosts;
    private final MessageSource messages;

    FinanceWorkbookService(
            FinanceReportService reports,
            ForecastService forecasts,
            UnitCostService unitCosts,
            MessageSource messages) {
        this.reports = reports;
        this.forecasts = forecasts;
        this.unitCosts = unitCosts;
        this.messages = messages;
    }

    /** Writes the report of {@code fiscalYear}, with the forecast of {@code years} at the index assumption given. */
    @PreAuthorize("isAuthenticated()")
    public void write(int fiscalYear, int years, BigDecimal indexAssumption, Locale locale, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Forecast forecast = forecasts.forecast(years, indexAssumption);
            FinanceWorkbookSheets sheets = new FinanceWorkbookSheets(workbook, messages, locale, forecast.currency());
            // The rates missing anywhere in the report, for the last sheet.
            Set<RateGap> gaps = new TreeSet<>(forecast.gaps());
            List<SpendYear> spend = reports.spendByYear(3);
            spend.forEach(year -> gaps.addAll(year.total().gaps()));
            sheets.spend(spend);
            for (FinanceDimension dimension : FinanceDimension.values()) {
                BudgetVsActual figures = reports.budgetVsActual(fiscalYear, dimension);
                gaps.addAll(figures.gaps());
                sheets.budget(dimension, figures);
            }
            sheets.forecast(forecast);
            sheets.forecastLines(forecast.lines());
            sheets.trueUps(forecast.trueUps());
            sheets.unitCosts(unitCosts.costPerCommunication(3, false));
            sheets.tco(reports.tco(fiscalYear, fiscalYear));
            sheets.rateGaps(gaps);
            sheets.write(out);
        }
    }
}
