package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.contracts.RenewalSchedule.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sanity rules as a table: a term (initial or renewal) as short as its notice period or shorter is flagged
 * with the deadline that falls before the term; month ends and leap years decide in days; a contract that does
 * not renew has no deadline to flag. Dates outside 1990 … today + 50 years are refused.
 */
class ContractSanityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // case                                          | start      |ini|type     |per|notice|unit  | initial:
                // deadline | renewal: term start | renewal: deadline
                "consistent: three years, 90 days                 | 2024-03-31 | 36| AUTOMATIC| 12| 90 | DAYS   | -          | -          | -",
                "the reproduction: 6 months notice, 3-month term  | 2026-01-01 | 3 | AUTOMATIC| 12| 6  | MONTHS | 2025-09-30 | -          | -",
                "notice equal to the term is flagged too          | 2026-01-01 | 12| AUTOMATIC| 12| 12 | MONTHS | 2025-12-31 | 2027-01-01 | 2026-12-31",
                "a month less than the term is consistent         | 2026-01-01 | 12| AUTOMATIC| 12| 11 | MONTHS | -          | -          | -",
                "notice longer than the renewal period only       | 2026-01-01 | 36| AUTOMATIC| 1 | 3  | MONTHS | -          | 2029-01-01 | 2028-10-31",
                "31 Jan + 1 month is 28 days: 28 days' notice     | 2026-01-31 | 1 | AUTOMATIC| 1 | 28 | DAYS   | 2026-01-30 | 2027-01-31 | 2027-01-30",
                "27 days' notice fits every monthly term          | 2026-01-31 | 1 | AUTOMATIC| 1 | 27 | DAYS   | -          | -          | -",
                "leap year: a 29-day February fits 28 days' notice| 2024-01-31 | 1 | AUTOMATIC| 1 | 28 | DAYS   | -          | 2025-01-31 | 2025-01-30",
                "leap year: 29 days' notice does not              | 2024-01-31 | 1 | AUTOMATIC| 1 | 29 | DAYS   | 2024-01-30 | 2025-01-31 | 2025-01-29",
                "leap-day start: a 365-day year, 365 days' notice | 2024-02-29 | 12| AUTOMATIC| 12| 365| DAYS   | 2024-02-28 | 2025-02-28 | 2025-02-27",
                "leap-day start: 364 days' notice fits            | 2024-02-29 | 12| AUTOMATIC| 12| 364| DAYS   | -          | -          | -",
                "explicit renewal: the same rule                  | 2026-01-01 | 3 | EXPLICIT | 12| 6  | MONTHS | 2025-09-30 | -          | -",
                "explicit renewal, short renewal period           | 2026-01-01 | 12| EXPLICIT | 2 | 90 | DAYS   | -          | 2027-01-01 | 2026-11-30",
                "no renewal: no deadline, nothing to flag         | 2026-01-01 | 3 | NONE     | 0 | 6  | MONTHS | -          | -          | -",
                "no notice: nothing to flag                       | 2026-01-01 | 1 | AUTOMATIC| 1 | 0  | DAYS   | -          | -          | -",
            })
    void a_term_as_short_as_its_notice_is_flagged(
            String description,
            LocalDate start,
            int initial,
            RenewalType type,
            int period,
            int notice,
            NoticeUnit unit,
            LocalDate initialDeadline,
            LocalDate renewalStart,
            LocalDate renewalDeadline) {
        List<Reason> warnings =
                ContractSanity.warnings(new RenewalTerms(start, initial, type, period, notice, unit, 0, null));

        List<Reason> initialWarnings = warnings.stream()
                .filter(w -> w.key().startsWith("contract.warning.notice-exceeds-initial-term."))
                .toList();
        List<Reason> renewalWarnings = warnings.stream()
                .filter(w -> w.key().startsWith("contract.warning.notice-exceeds-renewal-term."))
                .toList();
        if (initialDeadline == null) {
            assertThat(initialWarnings).isEmpty();
        } else {
            assertThat(initialWarnings).singleElement().satisfies(w -> {
                assertThat(w.key()).endsWith("." + unit.name());
                assertThat(w.arguments()).containsExactly(notice, initial, initialDeadline, start);
            });
        }
        if (renewalStart == null) {
            assertThat(renewalWarnings).isEmpty();
        } else {
            assertThat(renewalWarnings)
                    .singleElement()
                    .satisfies(w ->
                            assertThat(w.arguments()).containsExactly(notice, period, renewalStart, renewalDeadline));
        }
    }

    private static ContractDraft draft(LocalDate start, LocalDate noticeGivenOn) {
        return new ContractDraft(
                "S-1",
                "Sanity",
                1L,
                Set.of(),
                null,
                start,
                12,
                RenewalType.AUTOMATIC,
                12,
                90,
                NoticeUnit.DAYS,
                0,
                noticeGivenOn,
                "EUR",
                BigDecimal.ONE,
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @ParameterizedTest(name = "start {0}: refused {1}")
    @CsvSource({
        "1989-12-31, true",
        "1990-01-01, false",
        "2076-12-07, false",
        "2076-12-08, true",
        "0225-03-01, true",
    })
    void a_start_outside_1990_to_fifty_years_ahead_is_refused(LocalDate start, boolean refused) {
        assertThat(ContractSanity.refusals(draft(start, null), TODAY))
                .extracting(ContractSanity.Refusal::field)
                .isEqualTo(refused ? List.of("start") : List.of());
    }

    @Test
    void an_implausible_notice_date_is_refused_on_its_own_field() {
        assertThat(ContractSanity.refusals(draft(LocalDate.of(2020, 1, 1), LocalDate.of(1900, 1, 1)), TODAY))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.field()).isEqualTo("noticeGivenOn");
                    assertThat(r.messageKey()).isEqualTo("contract.notice-given-on.implausible");
                    assertThat(r.arguments()).containsExactly("1900-01-01", "1990-01-01", "2076-12-07");
                });
    }

    @Test
    void every_renewal_term_length_shows_within_the_terms_checked() {
        // Monthly renewals with 28 days' notice from a leap-year February (29 days, fits): the first 28-day term
        // is February 2025, twelve terms on.
        RenewalTerms terms =
                new RenewalTerms(LocalDate.of(2024, 2, 1), 1, RenewalType.AUTOMATIC, 1, 28, NoticeUnit.DAYS, 0, null);
        assertThat(ContractSanity.warnings(terms))
                .extracting(Reason::key)
                .containsExactly("contract.warning.notice-exceeds-renewal-term.DAYS");
        assertThat(ContractSanity.warnings(terms).getFirst().arguments()[2]).isEqualTo(LocalDate.of(2025, 2, 1));
    }
}
