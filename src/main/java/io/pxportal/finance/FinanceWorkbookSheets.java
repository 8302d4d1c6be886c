package io.pxportal.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The sheets of the finance workbook, one method each, from figures {@link FinanceWorkbookService} has read: a
 * header row frozen, numbers as numbers with the currency in the cell format, labels in the reader's language.
 */
final class FinanceWorkbookSheets {

    private final XSSFWorkbook workbook;
    private final Styles styles;
    private final MessageSource messages;
    private final Locale locale;
    private final String currency;

    FinanceWorkbookSheets(XSSFWorkbook workbook, MessageSource messages, Locale locale, String currency) {
        this.workbook = workbook;
        this.styles = new Styles(workbook);
        this.messages = messages;
        this.locale = locale;
        this.currency = currency;
    }

    /** Spend per fiscal year and category. */
    void spend(List<SpendYear> years) {
        Sheet sheet = sheet(t("finance.sheet.spend"), byCategory("finance.fiscal-year"));
        for (SpendYear year : years) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(year.label());
            categories(row, year.byCategory(), year.total());
        }
    }

    /** Budget against actual and committed along one dimension, the total last. */
    void budget(FinanceDimension dimension, BudgetVsActual figures) {
        String dimensionLabel = t("finance-dimension." + dimension.name());
        Sheet sheet = sheet(
                t("finance.sheet.budget") + " " + dimensionLabel,
                labels(
                        "finance-dimension." + dimension.name(),
                        "finance.budget",
                        "finance.actual",
                        "finance.committed",
                        "finance.variance",
                        "finance.variance-percent"));
        List<VarianceRow> rows = new ArrayList<>(figures.rows());
        rows.add(figures.total());
        for (VarianceRow v : rows) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(varianceLabel(dimension, v));
            if (v.budgeted()) {
                money(row, 1, v.budget().amount(), currency);
                money(row, 4, v.variance(), currency);
            } else {
                // Text, not 0: a sum over the column must not read a missing budget as a budget of zero.
                row.createCell(1).setCellValue(t("finance.no-budget"));
                row.createCell(4).setCellValue(t("finance.no-budget"));
            }
            money(row, 2, v.actual().amount(), currency);
            money(row, 3, v.committed().amount(), currency);
            number(row, 5, v.variancePercent(), styles.percent);
        }
    }

    private String varianceLabel(FinanceDimension dimension, VarianceRow v) {
        if (v.key() == null) {
            return t("finance.total");
        }
        return dimension == FinanceDimension.CATEGORY ? t("finance-category." + v.key()) : v.key();
    }

    /** The fan per fiscal year (low, base, high, true-up risk) and the index assumption below it. */
    void forecast(Forecast forecast) {
        Sheet sheet = sheet(
                t("finance.sheet.forecast"),
                labels(
                        "finance.fiscal-year",
                        "finance.forecast.low",
                        "finance.forecast.base",
                        "finance.forecast.high",
                        "finance.forecast.true-up"));
        for (ForecastYear year : forecast.years()) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(year.label());
            money(row, 1, year.low().amount(), currency);
            money(row, 2, year.base().amount(), currency);
            money(row, 3, year.high().amount(), currency);
            money(row, 4, year.trueUpRisk().amount(), currency);
        }
        Row assumption = sheet.createRow(sheet.getLastRowNum() + 2);
        assumption.createCell(0).setCellValue(t("finance.forecast.index"));
        number(assumption, 1, forecast.indexAssumption(), styles.percent);
    }

    /** The forecast's lines: contract, year, amount in the contract's currency, uplift and its clause. */
    void forecastLines(List<ForecastLine> lines) {
        Sheet sheet = sheet(
                t("finance.sheet.forecast-lines"),
                labels(
                        "finance.cost.contract",
                        "finance.fiscal-year",
                        "finance.cost.amount",
                        "finance.forecast.uplift",
                        "finance.forecast.clause"));
        for (ForecastLine line : lines) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(line.number());
            row.createCell(1).setCellValue(line.fiscalYear());
            money(row, 2, line.amount().amount(), line.amount().currency());
            number(row, 3, line.upliftApplied(), styles.percent);
            row.createCell(4)
                    .setCellValue(line.clause().type()
                            + (line.clause().index() == null
                                    ? ""
                                    : " " + line.clause().index())
                            + (line.endsOn() == null ? "" : " → " + line.endsOn()));
        }
    }

    /** The true-up risks, each in its entitlement's currency. */
    void trueUps(List<TrueUpRisk> risks) {
        Sheet sheet = sheet(
                t("finance.sheet.true-up"),
                labels(
                        "finance.true-up.product",
                        "finance.cost.contract",
                        "finance.true-up.due",
                        "finance.cost.amount"));
        for (TrueUpRisk risk : risks) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(risk.product());
            row.createCell(1).setCellValue(risk.contractNumber());
            row.createCell(2).setCellValue(risk.contractYearEnd().toString());
            money(row, 3, risk.amount().amount(), risk.amount().currency());
        }
    }

    /** Cost per communication by platform and year; no unit cost where nothing was sent. */
    void unitCosts(List<UnitCost> costs) {
        Sheet sheet = sheet(
                t("finance.sheet.unit-cost"),
                labels(
                        "finance.cost.platform",
                        "finance.fiscal-year",
                        "finance.actual",
                        "finance.unit-cost.communications",
                        "finance.unit-cost"));
        for (UnitCost cost : costs) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(cost.platform());
            row.createCell(1).setCellValue(cost.periodLabel());
            money(row, 2, cost.spend().amount(), currency);
            number(row, 3, cost.communications(), styles.count);
            if (cost.costPerThousand() != null) {
                money(row, 4, cost.costPerThousand(), currency);
            }
        }
    }

    /** Total cost of ownership per platform and category. */
    void tco(List<TcoRow> rows) {
        Sheet sheet = sheet(t("finance.tco"), byCategory("finance.cost.platform"));
        for (TcoRow r : rows) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(r.platform());
            categories(row, r.byCategory(), r.total());
        }
    }

    /** The exchange rates the figures above lacked: currency and month. */
    void rateGaps(Collection<RateGap> gaps) {
        Sheet sheet = sheet(t("finance.sheet.gaps"), labels("finance.rate.quote", "finance.rate.month"));
        for (RateGap gap : gaps) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(gap.currency());
            row.createCell(1).setCellValue(gap.month().toString());
        }
    }

    /** Sizes the columns of every sheet (the first wider, for names) and writes the workbook. */
    void write(OutputStream out) throws IOException {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 28 * 256 : 18 * 256);
            }
        }
        workbook.write(out);
    }

    private void categories(Row row, Map<CostCategory, ReportingTotal> byCategory, ReportingTotal total) {
        int col = 1;
        for (CostCategory category : CostCategory.values()) {
            ReportingTotal amount = byCategory.get(category);
            money(row, col++, amount == null ? BigDecimal.ZERO : amount.amount(), currency);
        }
        money(row, col, total.amount(), currency);
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private List<String> labels(String... keys) {
        return Arrays.stream(keys).map(this::t).toList();
    }

    private List<String> byCategory(String firstKey) {
        List<String> header = new ArrayList<>();
        header.add(t(firstKey));
        Arrays.stream(CostCategory.values())
                .map(c -> t("finance-category." + c.name()))
                .forEach(header::add);
        header.add(t("finance.total"));
        return header;
    }

    private Sheet sheet(String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private void money(Row row, int column, BigDecimal amount, String currency) {
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
        final Map<String, CellStyle> money = new HashMap<>();

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
