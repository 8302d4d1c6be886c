package io.pxportal.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
            Styles styles = new Styles(workbook);
            Forecast forecast = forecasts.forecast(years, indexAssumption);
            String currency = forecast.currency();
            java.util.Set<RateGap> gaps = new java.util.TreeSet<>(forecast.gaps());

            Sheet spend = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.sheet.spend"),
                    header(locale, "finance.fiscal-year", CostCategory.values(), "finance.total"));
            for (SpendYear year : reports.spendByYear(3)) {
                Row row = spend.createRow(spend.getLastRowNum() + 1);
                row.createCell(0).setCellValue(year.label());
                int col = 1;
                for (CostCategory category : CostCategory.values()) {
                    ReportingTotal total = year.byCategory().get(category);
                    money(row, col++, total == null ? BigDecimal.ZERO : total.amount(), currency, styles);
                }
                money(row, col, year.total().amount(), currency, styles);
                gaps.addAll(year.total().gaps());
            }
            for (FinanceDimension dimension : FinanceDimension.values()) {
                BudgetVsActual figures = reports.budgetVsActual(fiscalYear, dimension);
                gaps.addAll(figures.gaps());
                Sheet sheet = sheet(
                        workbook,
                        styles,
                        t(locale, "finance.sheet.budget") + " " + t(locale, "finance-dimension." + dimension.name()),
                        List.of(
                                t(locale, "finance-dimension." + dimension.name()),
                                t(locale, "finance.budget"),
                                t(locale, "finance.actual"),
                                t(locale, "finance.committed"),
                                t(locale, "finance.variance"),
                                t(locale, "finance.variance-percent")));
                List<VarianceRow> rows = new java.util.ArrayList<>(figures.rows());
                rows.add(figures.total());
                for (VarianceRow v : rows) {
                    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                    row.createCell(0)
                            .setCellValue(
                                    v.key() == null
                                            ? t(locale, "finance.total")
                                            : dimension == FinanceDimension.CATEGORY
                                                    ? t(locale, "finance-category." + v.key())
                                                    : v.key());
                    if (v.budgeted()) {
                        money(row, 1, v.budget().amount(), currency, styles);
                        money(row, 4, v.variance(), currency, styles);
                    } else {
                        // Text, not 0: a sum over the column must not read a missing budget as a budget of zero.
                        row.createCell(1).setCellValue(t(locale, "finance.no-budget"));
                        row.createCell(4).setCellValue(t(locale, "finance.no-budget"));
                    }
                    money(row, 2, v.actual().amount(), currency, styles);
                    money(row, 3, v.committed().amount(), currency, styles);
                    number(row, 5, v.variancePercent(), styles.percent);
                }
            }
            Sheet fan = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.sheet.forecast"),
                    List.of(
                            t(locale, "finance.fiscal-year"),
                            t(locale, "finance.forecast.low"),
                            t(locale, "finance.forecast.base"),
                            t(locale, "finance.forecast.high"),
                            t(locale, "finance.forecast.true-up")));
            for (ForecastYear year : forecast.years()) {
                Row row = fan.createRow(fan.getLastRowNum() + 1);
                row.createCell(0).setCellValue(year.label());
                money(row, 1, year.low().amount(), currency, styles);
                money(row, 2, year.base().amount(), currency, styles);
                money(row, 3, year.high().amount(), currency, styles);
                money(row, 4, year.trueUpRisk().amount(), currency, styles);
            }
            Row assumption = fan.createRow(fan.getLastRowNum() + 2);
            assumption.createCell(0).setCellValue(t(locale, "finance.forecast.index"));
            number(assumption, 1, forecast.indexAssumption(), styles.percent);
            Sheet lines = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.sheet.forecast-lines"),
                    List.of(
                            t(locale, "finance.cost.contract"),
                            t(locale, "finance.fiscal-year"),
                            t(locale, "finance.cost.amount"),
                            t(locale, "finance.forecast.uplift"),
                            t(locale, "finance.forecast.clause")));
            for (ForecastLine line : forecast.lines()) {
                Row row = lines.createRow(lines.getLastRowNum() + 1);
                row.createCell(0).setCellValue(line.number());
                row.createCell(1).setCellValue(line.fiscalYear());
                money(row, 2, line.amount().amount(), line.amount().currency(), styles);
                number(row, 3, line.upliftApplied(), styles.percent);
                row.createCell(4)
                        .setCellValue(line.clause().type()
                                + (line.clause().index() == null
                                        ? ""
                                        : " " + line.clause().index())
                                + (line.endsOn() == null ? "" : " → " + line.endsOn()));
            }
            Sheet risks = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.sheet.true-up"),
                    List.of(
                            t(locale, "finance.true-up.product"), t(locale, "finance.cost.contract"),
                            t(locale, "finance.true-up.due"), t(locale, "finance.cost.amount")));
            for (TrueUpRisk risk : forecast.trueUps()) {
                Row row = risks.createRow(risks.getLastRowNum() + 1);
                row.createCell(0).setCellValue(risk.product());
                row.createCell(1).setCellValue(risk.contractNumber());
                row.createCell(2).setCellValue(risk.contractYearEnd().toString());
                money(row, 3, risk.amount().amount(), risk.amount().currency(), styles);
            }
            Sheet unit = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.sheet.unit-cost"),
                    List.of(
                            t(locale, "finance.cost.platform"),
                            t(locale, "finance.fiscal-year"),
                            t(locale, "finance.actual"),
                            t(locale, "finance.unit-cost.communications"),
                            t(locale, "finance.unit-cost")));
            for (UnitCost cost : unitCosts.costPerCommunication(3, false)) {
                Row row = unit.createRow(unit.getLastRowNum() + 1);
                row.createCell(0).setCellValue(cost.platform());
                row.createCell(1).setCellValue(cost.periodLabel());
                money(row, 2, cost.spend().amount(), currency, styles);
                number(row, 3, cost.communications(), styles.count);
                if (cost.costPerThousand() != null) {
                    money(row, 4, cost.costPerThousand(), currency, styles);
                }
            }
            Sheet tco = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.tco"),
                    header(locale, "finance.cost.platform", CostCategory.values(), "finance.total"));
            for (TcoRow r : reports.tco(fiscalYear, fiscalYear)) {
                Row row = tco.createRow(tco.getLastRowNum() + 1);
                row.createCell(0).setCellValue(r.platform());
                int col = 1;
                for (CostCategory category : CostCategory.values()) {
                    ReportingTotal total = r.byCategory().get(category);
                    money(row, col++, total == null ? BigDecimal.ZERO : total.amount(), currency, styles);
                }
                money(row, col, r.total().amount(), currency, styles);
            }
            Sheet missing = sheet(
                    workbook,
                    styles,
                    t(locale, "finance.sheet.gaps"),
                    List.of(t(locale, "finance.rate.quote"), t(locale, "finance.rate.month")));
            for (RateGap gap : gaps) {
                Row row = missing.createRow(missing.getLastRowNum() + 1);
                row.createCell(0).setCellValue(gap.currency());
                row.createCell(1).setCellValue(gap.month().toString());
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 28 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
        }
    }

    private String t(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private List<String> header(Locale locale, String first, CostCategory[] categories, String last) {
        List<String> header = new java.util.ArrayList<>();
        header.add(t(locale, first));
        java.util.Arrays.stream(categories)
                .map(c -> t(locale, "finance-category." + c.name()))
                .collect(Collectors.toCollection(() -> header));
        header.add(t(locale, last));
        return header;
    }

    private static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private static void money(Row row, int column, BigDecimal amount, String currency, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(styles.money(currency));
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /** The workbook's cell styles: one money format per currency, created once. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle header;
        final CellStyle percent;
        final CellStyle count;
        final java.util.Map<String, CellStyle> money = new java.util.HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            percent = format("0.0\" %\"");
            count = format("#,##0");
        }

        CellStyle money(String currency) {
            return money.computeIfAbsent(currency, c -> format("#,##0.00 \"" + c + "\";-#,##0.00 \"" + c + "\""));
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
