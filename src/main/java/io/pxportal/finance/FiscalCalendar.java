package io.pxportal.finance;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Fiscal years starting in month {@code startMonth} (1 = January). A fiscal year is named by the calendar year it
 * starts in: with an April start, fiscal year 2026 runs from April 2026 to March 2027 and reads "2026/27".
 */
public record FiscalCalendar(int startMonth) {

    public FiscalCalendar {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("a fiscal year starts in month 1 to 12");
        }
    }

    public int fiscalYearOf(YearMonth month) {
        return month.getMonthValue() >= startMonth ? month.getYear() : month.getYear() - 1;
    }

    public int fiscalYearOf(LocalDate day) {
        return fiscalYearOf(YearMonth.from(day));
    }

    /** The first month of the fiscal year. */
    public YearMonth firstMonth(int fiscalYear) {
        return YearMonth.of(fiscalYear, startMonth);
    }

    /** The last month of the fiscal year. */
    public YearMonth lastMonth(int fiscalYear) {
        return firstMonth(fiscalYear).plusMonths(11);
    }

    public LocalDate firstDay(int fiscalYear) {
        return firstMonth(fiscalYear).atDay(1);
    }

    public LocalDate lastDay(int fiscalYear) {
        return lastMonth(fiscalYear).atEndOfMonth();
    }

    /** "2026" for calendar fiscal years, "2026/27" for any other start. */
    public String label(int fiscalYear) {
        return startMonth == 1
                ? String.valueOf(fiscalYear)
                : fiscalYear + "/" + String.format("%02d", (fiscalYear + 1) % 100);
    }

    /** The fiscal quarter (1–4) of a month. */
    public int quarterOf(YearMonth month) {
        int offset = Math.floorMod(month.getMonthValue() - startMonth, 12);
        return offset / 3 + 1;
    }
}
