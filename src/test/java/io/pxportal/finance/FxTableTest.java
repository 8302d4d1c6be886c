package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The currency rules of docs/scoring.md: the month's rate, either direction, a cross rate, and a gap, never 1:1. */
class FxTableTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final FxTable RATES = new FxTable(List.of(
            new FxTable.Rate(MARCH, "EUR", "USD", new BigDecimal("1.25")),
            new FxTable.Rate(MARCH, "EUR", "GBP", new BigDecimal("0.80")),
            new FxTable.Rate(APRIL, "EUR", "GBP", new BigDecimal("0.85"))));

    @ParameterizedTest(name = "{0} {1} in {2} → {3} {4}")
    @CsvSource(nullValues = "gap", textBlock = """
            100.00, EUR, 2026-03, EUR, 100.00
            100.00, USD, 2026-04, USD, 100.00
            100.00, EUR, 2026-03, USD, 125.00
            125.00, USD, 2026-03, EUR, 100.00
            100.00, USD, 2026-03, GBP, 64.00
            100.00, EUR, 2026-04, GBP, 85.00
            100.00, EUR, 2026-04, USD, gap
            100.00, USD, 2026-04, EUR, gap
            100.00, UAH, 2026-03, EUR, gap
            100.00, EUR, 2026-05, GBP, gap
            """)
    void amounts_convert_with_the_months_rate_or_not_at_all(
            String amount, String from, String month, String to, String expected) {
        var converted = RATES.convert(Money.of(amount, from), YearMonth.parse(month), to)
                .map(a -> a.setScale(2, RoundingMode.HALF_EVEN));

        if (expected == null) {
            assertThat(converted).isEmpty();
        } else {
            assertThat(converted).contains(new BigDecimal(expected));
        }
    }

    @Test
    void a_total_with_a_missing_rate_leaves_the_amount_out_and_names_the_gap() {
        ReportingTotal total = ReportingTotal.zero("EUR")
                .plus(RATES, Money.of("125.00", "USD"), MARCH)
                .plus(RATES, Money.of("500.00", "USD"), APRIL)
                .plus(RATES, Money.of("85.00", "GBP"), APRIL);

        assertThat(total.amount()).isEqualByComparingTo("200.00");
        assertThat(total.complete()).isFalse();
        assertThat(total.gaps()).containsExactly(new RateGap("USD", APRIL));
        assertThat(total.unconverted()).isEqualTo(Map.of("USD", new BigDecimal("500.00")));
    }

    @Test
    void the_forecast_converts_at_the_latest_month_with_a_rate() {
        assertThat(RATES.latestMonth("USD", "EUR", YearMonth.of(2026, 12))).contains(MARCH);
        assertThat(RATES.latestMonth("GBP", "EUR", YearMonth.of(2026, 12))).contains(APRIL);
        assertThat(RATES.latestMonth("UAH", "EUR", YearMonth.of(2026, 12))).isEmpty();
        // A commitment for a later month converts at the latest rate; a past month only at its own.
        assertThat(RATES.rateMonth("USD", "EUR", YearMonth.of(2026, 9), APRIL)).isEqualTo(MARCH);
        assertThat(RATES.rateMonth("USD", "EUR", APRIL, APRIL)).isEqualTo(APRIL);
    }

    @Test
    void money_of_two_currencies_does_not_add_up_and_unknown_codes_are_refused() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.isCurrency("UAH")).isTrue();
    }
}
