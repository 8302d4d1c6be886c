package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Service credits with the Adobe-style defaults of published CCM SaaS terms (tiers 99.5/95/90 %, cap 25 %, 30 days). */
class CreditCalculatorTest {

    static final List<CreditTier> TIERS = CreditTier.parse("99.5:10; 95:15; 90:25");
    static final Map<Severity, BigDecimal> PER_BREACH =
            Map.of(Severity.P1, new BigDecimal("5"), Severity.P2, new BigDecimal("2"));
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final BigDecimal FEE = new BigDecimal("35000.00");

    @ParameterizedTest(name = "uptime {0} %, {1} P1 and {2} P2 breaches → {3} % = {4}")
    @CsvSource({
        "99.95, 0, 0, 0,  0.00",
        "99.50, 0, 0, 0,  0.00", // the threshold itself is not below it
        "99.49, 0, 0, 10, 3500.00",
        "95.00, 0, 0, 10, 3500.00",
        "94.99, 0, 0, 15, 5250.00",
        "89.00, 0, 0, 25, 8750.00",
        "99.90, 1, 2, 9,  3150.00", // per-breach credits alone
        "99.00, 1, 0, 15, 5250.00", // tier and breach add up
        "94.00, 2, 3, 25, 8750.00", // 15 + 10 + 6 = 31 %, capped at 25 %
        ",      0, 1, 2,  700.00" // no uptime measured: breaches only
    })
    void credits_by_tier_and_breach_with_the_cap(
            BigDecimal uptime, long p1, long p2, BigDecimal percent, BigDecimal amount) {
        CreditAssessment credit = CreditCalculator.assess(
                TIERS,
                PER_BREACH,
                new BigDecimal("25"),
                30,
                FEE,
                MARCH,
                uptime,
                Map.of(Severity.P1, p1, Severity.P2, p2),
                LocalDate.of(2026, 4, 2));
        assertThat(credit.cappedPercent()).isEqualByComparingTo(percent);
        assertThat(credit.amount()).isEqualByComparingTo(amount);
    }

    @Test
    void the_cap_is_reported_when_it_bites() {
        CreditAssessment credit = CreditCalculator.assess(
                TIERS,
                PER_BREACH,
                new BigDecimal("25"),
                30,
                FEE,
                MARCH,
                new BigDecimal("85"),
                Map.of(Severity.P1, 1L),
                LocalDate.of(2026, 4, 2));
        assertThat(credit.totalPercent()).isEqualByComparingTo("30");
        assertThat(credit.capped()).isTrue();
    }

    @ParameterizedTest(name = "claimed on {0}: window open {1}")
    @CsvSource({"2026-04-01, true", "2026-04-30, true", "2026-05-01, false"})
    void the_claim_window_runs_thirty_days_from_the_month_end(LocalDate today, boolean open) {
        CreditAssessment credit = CreditCalculator.assess(
                TIERS, PER_BREACH, new BigDecimal("25"), 30, FEE, MARCH, new BigDecimal("98"), Map.of(), today);
        assertThat(credit.claimDeadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(credit.windowOpen()).isEqualTo(open);
    }

    @Test
    void tiers_are_written_and_read_back_and_nonsense_is_refused() {
        assertThat(CreditTier.format(CreditTier.parse("90:25;99.5:10;95:15"))).isEqualTo("99.5:10; 95:15; 90:25");
        assertThatThrownBy(() -> CreditTier.parse("99.5-10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditTier.parse("120:10")).isInstanceOf(IllegalArgumentException.class);
    }
}
