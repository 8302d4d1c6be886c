package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardFact.Tone;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The portfolio card's budget line: tone by the share of the budget used, and the finance read rule. */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class FinanceCardsTest {

    @Autowired
    FinanceCards cards;

    @Autowired
    FinanceLookups lookups;

    @ParameterizedTest(name = "budget {0}, actual {1}, committed {2}, gap {3} → {4} {5}")
    @CsvSource({
        "100000, 50000, 31000, false, GOOD, card.finance.within, 81",
        "100000, 60000, 30000, false, WARNING, card.finance.within, 90",
        "100000, 60000, 40000, false, WARNING, card.finance.within, 100",
        "100000, 50000, 31000, true, WARNING, card.finance.within-incomplete, 81",
        "100000, 80000, 32000, false, BAD, card.finance.over, 12000.00",
        "100000, 80000, 32000, true, BAD, card.finance.over-incomplete, 12000.00",
        "100000, 80000.40, 32000.20, false, BAD, card.finance.over, 12001",
        "0, 5000, 0, false, WARNING, card.finance.no-budget, 5000.00"
    })
    void the_tone_follows_the_share_of_the_budget_used(
            BigDecimal budget,
            BigDecimal actual,
            BigDecimal committed,
            boolean gap,
            Tone tone,
            String valueKey,
            BigDecimal shown) {
        PlatformCardFact fact = FinanceCards.fact(VarianceRow.of(
                        FinanceDimension.PLATFORM,
                        7L,
                        "P",
                        eur(budget, false),
                        eur(actual, gap),
                        eur(committed, false)))
                .orElseThrow();

        assertThat(fact.tone()).isEqualTo(tone);
        assertThat(fact.valueKey()).isEqualTo(valueKey);
        assertThat((BigDecimal) fact.arguments().getFirst()).isEqualByComparingTo(shown);
        assertThat(fact.order()).isBetween(50, 59);
        assertThat(fact.route()).isEqualTo("finance");
        assertThat(fact.query()).isEqualTo(Map.of("platformId", "7"));
    }

    @Test
    void a_platform_with_neither_budget_nor_spend_has_no_fact() {
        assertThat(FinanceCards.fact(VarianceRow.of(
                        FinanceDimension.PLATFORM,
                        7L,
                        "P",
                        eur(BigDecimal.ZERO, false),
                        eur(BigDecimal.ZERO, false),
                        eur(BigDecimal.ZERO, false))))
                .isEmpty();
    }

    @Test
    void exstream_is_over_this_years_budget_on_the_demo_data() {
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow();

        List<PlatformCardFact> facts = cards.facts(List.of(exstream)).get(exstream);

        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.tone()).isEqualTo(Tone.BAD);
            assertThat(f.valueKey()).startsWith("card.finance.over");
            assertThat(f.arguments()).last().isEqualTo("EUR");
        });
    }

    @Test
    void a_product_owner_gets_no_finance_fact_while_the_setting_is_off() {
        Long exstream = lookups.platform(FinanceDemoData.EXSTREAM).orElseThrow(); // owned by olena

        assertThat(TestLogins.as("olena", () -> cards.facts(List.of(exstream)), Role.PRODUCT_OWNER))
                .isEmpty();
    }

    private static ReportingTotal eur(BigDecimal amount, boolean gap) {
        return new ReportingTotal(
                "EUR",
                amount,
                gap ? Map.of("USD", BigDecimal.TEN) : Map.of(),
                gap ? Set.of(new RateGap("USD", YearMonth.of(2026, 1))) : Set.of());
    }
}
