package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fiscal years are named by the calendar year they start in; their boundaries follow the start-month setting. */
class FiscalCalendarTest {

    @ParameterizedTest(name = "start month {0}: {1} is in FY {2} ({3}), quarter {4}")
    @CsvSource(textBlock = """
            1,  2026-01, 2026, 2026,    1
            1,  2026-12, 2026, 2026,    4
            4,  2026-03, 2025, 2025/26, 4
            4,  2026-04, 2026, 2026/27, 1
            7,  2026-06, 2025, 2025/26, 4
            7,  2026-07, 2026, 2026/27, 1
            10, 2026-12, 2026, 2026/27, 1
            10, 2027-09, 2026, 2026/27, 4
            """)
    void months_fall_into_the_fiscal_year_that_contains_them(
            int startMonth, String month, int fiscalYear, String label, int quarter) {
        FiscalCalendar calendar = new FiscalCalendar(startMonth);
        YearMonth ym = YearMonth.parse(month);

        assertThat(calendar.fiscalYearOf(ym)).isEqualTo(fiscalYear);
        assertThat(calendar.label(fiscalYear)).isEqualTo(label);
        assertThat(calendar.quarterOf(ym)).isEqualTo(quarter);
        assertThat(calendar.firstMonth(fiscalYear)).isBeforeOrEqualTo(ym);
        assertThat(calendar.lastMonth(fiscalYear)).isAfterOrEqualTo(ym);
    }
}
