package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.card.PlatformCardFact.Tone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period, card tone and link rules behind support's PX metrics, card and agenda. */
class SlaRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2026-12-27, 2026-07, 2026-09, 2026-Q3",
        "2026-10-01, 2026-07, 2026-09, 2026-Q3",
        "2026-09-30, 2026-04, 2026-06, 2026-Q2",
        "2027-01-05, 2026-10, 2026-12, 2026-Q4",
        "2026-02-28, 2025-10, 2025-12, 2025-Q4"
    })
    void the_agenda_and_card_take_the_last_full_quarter_before_the_day(
            LocalDate day, YearMonth from, YearMonth to, String label) {
        SlaPeriod period = SlaPeriod.quarterBefore(day);
        assertThat(period).isEqualTo(new SlaPeriod(from, to));
        assertThat(period.label()).isEqualTo(label);
    }

    @Test
    void a_period_that_is_not_a_quarter_is_labelled_by_its_months() {
        assertThat(new SlaPeriod(YearMonth.of(2026, 8), YearMonth.of(2026, 10)).label())
                .isEqualTo("2026-08 – 2026-10");
    }

    @ParameterizedTest(name = "response {0}, resolution {1}, {2} open breaches → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "99.0, 96.0, 0, GOOD",
                "95.0, 95.0, 0, GOOD",
                "-,    97.0, 0, GOOD",
                "99.0, 96.0, 1, WARNING",
                "94.9, 99.0, 0, WARNING",
                "99.0, 85.0, 0, WARNING",
                "99.0, 84.9, 0, BAD",
                "80.0, -,    2, BAD"
            })
    void card_tone_against_the_steering_target_and_floor(
            BigDecimal response, BigDecimal resolution, long openBreaches, Tone tone) {
        assertThat(SupportCards.tone(response, resolution, openBreaches)).isEqualTo(tone);
    }

    @Test
    void a_ticket_filter_travels_as_query_parameters_and_back() {
        TicketFilter filter = new TicketFilter(
                null, Set.of(7L, 3L), Severity.P2, YearMonth.of(2026, 7), YearMonth.of(2026, 9), true, true);
        Map<String, String> query = filter.query();
        assertThat(query)
                .containsExactly(
                        Map.entry("platform", "3,7"),
                        Map.entry("severity", "P2"),
                        Map.entry("from", "2026-07"),
                        Map.entry("to", "2026-09"),
                        Map.entry("open", "true"),
                        Map.entry("breached", "true"));
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        query.forEach((k, v) -> parameters.put(k, List.of(v)));
        assertThat(TicketFilter.fromQuery(parameters)).isEqualTo(filter);
    }

    @Test
    void links_without_a_filter_or_with_a_broken_one_narrow_nothing() {
        assertThat(TicketFilter.fromQuery(Map.of("ticket", List.of("42")))).isNull();
        assertThat(TicketFilter.fromQuery(Map.of("platform", List.of("x")))).isNull();
        assertThat(TicketFilter.fromQuery(Map.of("from", List.of("2026-13")))).isNull();
    }
}
