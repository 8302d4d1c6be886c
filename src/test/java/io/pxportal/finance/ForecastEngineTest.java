package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.contracts.UpliftType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forecast rules of docs/scoring.md, one row per case; amounts checked to the cent. */
class ForecastEngineTest {

    private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

    private static ForecastContract contract(
            String start, String annual, UpliftType type, String percent, String cap, String floor, String endsOn) {
        return new ForecastContract(
                1L,
                "C-1",
                10L,
                20L,
                LocalDate.parse(start),
                new BigDecimal(annual),
                "EUR",
                type,
                decimal(percent),
                type == UpliftType.INDEX ? "HICP" : null,
                decimal(cap),
                decimal(floor),
                endsOn == null ? null : LocalDate.parse(endsOn),
                endsOn == null ? null : ForecastContract.EndReason.EXIT_DECISION);
    }

    private static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0}: {7} in FY {8} = {9}, bound {10}")
    @CsvSource(nullValues = "-", textBlock = """
            # case,               type,  percent, cap, floor, index, years, what,   fy,   amount,    bound
            fixed 3 %,            FIXED, 3,       -,   -,     -,     3,     year 0, 2026, 120000.00, NONE
            fixed 3 % compounds,  FIXED, 3,       -,   -,     -,     3,     year 2, 2028, 127308.00, NONE
            index within cap,     INDEX, -,       7,   3,     5,     3,     year 1, 2027, 126000.00, NONE
            index above cap,      INDEX, -,       7,   3,     10,    3,     year 1, 2027, 128400.00, CAP
            index below floor,    INDEX, -,       7,   3,     1,     3,     year 1, 2027, 123600.00, FLOOR
            index without cap,    INDEX, -,       -,   -,     10,    3,     year 1, 2027, 132000.00, NONE
            no uplift,            NONE,  -,       -,   -,     -,     5,     year 4, 2030, 120000.00, NONE
            """)
    void uplift_clauses_project_each_contract_year(
            String name,
            UpliftType type,
            String percent,
            String cap,
            String floor,
            String index,
            int years,
            String what,
            int fy,
            String amount,
            ForecastLine.Bound bound) {
        List<ForecastLine> lines = ForecastEngine.forecast(
                List.of(contract("2024-01-01", "120000", type, percent, cap, floor, null)),
                CALENDAR_YEAR,
                AS_OF,
                years,
                index == null ? BigDecimal.ZERO : new BigDecimal(index));

        assertThat(lines).hasSize(years);
        ForecastLine line =
                lines.stream().filter(l -> l.fiscalYear() == fy).findFirst().orElseThrow();
        assertThat(line.amount()).isEqualTo(Money.of(amount, "EUR"));
        assertThat(line.clause().bound()).isEqualTo(bound);
    }

    @Test
    void a_fiscal_year_starting_in_april_takes_two_contract_years_pro_rata_by_days() {
        // Contract years from 1 January; FY 2025 = April 2025 – March 2026: 275 days of the year before the
        // current one (deflated by the 10 %) and 90 days of the current one.
        List<ForecastLine> lines = ForecastEngine.forecast(
                List.of(contract("2025-01-01", "120000", UpliftType.FIXED, "10", null, null, null)),
                new FiscalCalendar(4),
                LocalDate.of(2026, 2, 1),
                1,
                BigDecimal.ZERO);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.fiscalYear()).isEqualTo(2025);
            assertThat(line.amount()).isEqualTo(Money.of("111780.82", "EUR"));
            assertThat(line.segments()).extracting(ForecastLine.Segment::days).containsExactly(275L, 90L);
        });
    }

    @Test
    void an_exit_decision_stops_the_costs_at_the_term_end() {
        List<ForecastLine> lines = ForecastEngine.forecast(
                List.of(contract("2020-07-01", "365000", UpliftType.NONE, null, null, null, "2026-06-30")),
                CALENDAR_YEAR,
                AS_OF,
                5,
                BigDecimal.ZERO);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.fiscalYear()).isEqualTo(2026);
            assertThat(line.amount()).isEqualTo(Money.of("181000.00", "EUR"));
            assertThat(line.endsOn()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(line.endReason()).isEqualTo(ForecastContract.EndReason.EXIT_DECISION);
        });
    }

    @Test
    void a_contract_year_with_29_february_has_366_days() {
        List<ForecastLine> lines = ForecastEngine.forecast(
                List.of(contract("2024-01-01", "366000", UpliftType.NONE, null, null, null, null)),
                CALENDAR_YEAR,
                LocalDate.of(2024, 3, 1),
                1,
                BigDecimal.ZERO);

        assertThat(lines.getFirst().amount()).isEqualTo(Money.of("366000.00", "EUR"));
        assertThat(lines.getFirst().segments().getFirst().daysInYear()).isEqualTo(366);
    }

    @Test
    void a_contract_starting_later_counts_from_its_start_at_its_annual_value() {
        List<ForecastLine> lines = ForecastEngine.forecast(
                List.of(contract("2026-10-01", "120000", UpliftType.FIXED, "5", null, null, null)),
                CALENDAR_YEAR,
                AS_OF,
                2,
                BigDecimal.ZERO);

        // 92 of 365 days in 2026; 2027: 273 of 365 days at 120000 and 92 of 366 (a leap contract year) at 126000.
        assertThat(lines)
                .extracting(ForecastLine::amount)
                .containsExactly(Money.of("30246.58", "EUR"), Money.of("121425.56", "EUR"));
    }
}
