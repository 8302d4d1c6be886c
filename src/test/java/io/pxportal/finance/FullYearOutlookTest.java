package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.contracts.UpliftType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full-year outlook's worked example of docs/scoring.md, to the cent. */
class FullYearOutlookTest {

    private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
    private static final BigDecimal INDEX = new BigDecimal("2.5");

    private static ForecastContract contract(String number, String start, String annual) {
        return new ForecastContract(
                (long) number.hashCode(),
                number,
                1L,
                2L,
                LocalDate.parse(start),
                new BigDecimal(annual),
                "EUR",
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The remainder a contract adds: its open months' cost, capped by its year's cost less what is booked. */
    private static BigDecimal remainder(ForecastContract c, String booked) {
        YearMonth open = OutlookService.openFrom(CALENDAR_YEAR, 2026, TODAY);
        BigDecimal year = ForecastEngine.cost(
                        c, CALENDAR_YEAR.firstDay(2026), CALENDAR_YEAR.lastDay(2026), TODAY, INDEX, INDEX)
                .setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal openCost = ForecastEngine.cost(c, open.atDay(1), CALENDAR_YEAR.lastDay(2026), TODAY, INDEX, INDEX)
                .setScale(2, RoundingMode.HALF_EVEN);
        return OutlookService.remainder(openCost, year, new BigDecimal(booked));
    }

    @Test
    void the_worked_example_adds_up_without_counting_a_booked_contract_twice() {
        // A, invoiced monthly: 60,000 actual (January–June) and 10,000 committed (July) against it.
        BigDecimal a = remainder(contract("A", "2024-01-01", "120000"), "70000");
        // B, invoiced a year ahead in April: 48,000 actual against it covers its whole year.
        BigDecimal b = remainder(contract("B", "2025-04-01", "48000"), "48000");
        // C starts on 1 October: nothing booked yet, its 92 days are all open.
        BigDecimal c = remainder(contract("C", "2026-10-01", "36500"), "0");

        assertThat(a).isEqualByComparingTo("50000.00");
        assertThat(b).isEqualByComparingTo("0");
        assertThat(c).isEqualByComparingTo("9200.00");
        BigDecimal actual = new BigDecimal("138000");
        BigDecimal committed = new BigDecimal("22000");
        BigDecimal oneOffs = new BigDecimal("5000");
        BigDecimal outlook = actual.add(committed).add(a).add(b).add(c).add(oneOffs);
        assertThat(outlook).isEqualByComparingTo("224200.00");
        assertThat(outlook.subtract(new BigDecimal("250000"))).isEqualByComparingTo("-25800.00");
    }

    @Test
    void the_open_months_of_contract_a_are_july_to_december() {
        ForecastContract a = contract("A", "2024-01-01", "120000");
        BigDecimal open =
                ForecastEngine.cost(a, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), TODAY, INDEX, INDEX);
        // 184 of 365 days.
        assertThat(open.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("60493.15");
    }

    @ParameterizedTest(name = "FY {0} on {1}: open from {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2026, 2026-07-10, 2026-07
            2027, 2026-07-10, 2027-01
            2025, 2026-07-10, -
            2026, 2026-12-31, 2026-12
            """)
    void the_open_months_start_with_the_current_one(int fiscalYear, LocalDate today, String openFrom) {
        assertThat(OutlookService.openFrom(CALENDAR_YEAR, fiscalYear, today))
                .isEqualTo(openFrom == null ? null : YearMonth.parse(openFrom));
    }

    @ParameterizedTest(name = "open {0}, year {1}, booked {2} → {3}")
    @CsvSource(textBlock = """
            60000, 120000, 70000, 50000
            60000, 120000, 0,     60000
            60000, 120000, 130000, 0
            0,     120000, 50000, 0
            """)
    void the_remainder_is_never_more_than_the_open_months_nor_below_zero(
            String open, String year, String booked, String expected) {
        assertThat(OutlookService.remainder(new BigDecimal(open), new BigDecimal(year), new BigDecimal(booked)))
                .isEqualByComparingTo(expected);
    }
}
