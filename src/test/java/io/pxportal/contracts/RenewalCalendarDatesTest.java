package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.contracts.RenewalCalendar.Due;
import io.pxportal.contracts.RenewalDate.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which dates the renewal calendar lists for one contract, term after term, within a period. */
class RenewalCalendarDatesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 22);
    private static final LocalDate TO = FROM.plusMonths(18).minusDays(1);

    private static RenewalTerms automatic(
            LocalDate start, int initial, int period, int notice, NoticeUnit unit, LocalDate noticeGivenOn) {
        return new RenewalTerms(start, initial, RenewalType.AUTOMATIC, period, notice, unit, 0, noticeGivenOn);
    }

    private static Due due(String date, Kind kind) {
        return new Due(LocalDate.parse(date), kind);
    }

    @Test
    void a_tacit_renewal_lists_each_notice_deadline_and_renewal_in_turn() {
        // Terms end on 2027-03-31 and 2028-03-31; 90 days' notice is due the day before 90 days ahead of the
        // renewal, which a leap year moves from 31 December to 1 January.
        RenewalTerms terms = automatic(LocalDate.of(2024, 4, 1), 36, 12, 90, NoticeUnit.DAYS, null);

        assertThat(RenewalCalendar.dues(terms, FROM, TO))
                .containsExactly(
                        due("2026-12-31", Kind.NOTICE_DEADLINE),
                        due("2027-04-01", Kind.NEXT_RENEWAL),
                        due("2028-01-01", Kind.NOTICE_DEADLINE),
                        due("2028-04-01", Kind.NEXT_RENEWAL));
    }

    @Test
    void a_deadline_already_passed_is_left_out_but_the_renewal_it_caused_is_listed() {
        // Notice for the term ending 2026-12-31 was due by 2026-09-30.
        RenewalTerms terms = automatic(LocalDate.of(2025, 1, 1), 12, 12, 3, NoticeUnit.MONTHS, null);

        assertThat(RenewalCalendar.dues(terms, FROM, TO))
                .containsExactly(
                        due("2027-01-01", Kind.NEXT_RENEWAL),
                        due("2027-09-30", Kind.NOTICE_DEADLINE),
                        due("2028-01-01", Kind.NEXT_RENEWAL));
    }

    @Test
    void notice_given_in_time_ends_the_contract_with_its_term() {
        RenewalTerms terms =
                automatic(LocalDate.of(2024, 4, 1), 36, 12, 90, NoticeUnit.DAYS, LocalDate.of(2026, 11, 1));

        assertThat(RenewalCalendar.dues(terms, FROM, TO)).containsExactly(due("2027-03-31", Kind.TERM_END));
    }

    @Test
    void a_contract_without_renewal_only_ends() {
        RenewalTerms terms =
                new RenewalTerms(LocalDate.of(2026, 3, 1), 12, RenewalType.NONE, 0, 0, NoticeUnit.DAYS, 0, null);

        assertThat(RenewalCalendar.dues(terms, FROM, TO)).containsExactly(due("2027-02-28", Kind.TERM_END));
    }

    @Test
    void an_explicit_renewal_runs_to_the_end_of_the_renewals_agreed() {
        // Initial term to 2026-12-31, one renewal of 24 months agreed: renews 2027-01-01, then ends 2028-12-31,
        // beyond the period; 120 days' notice before the agreed renewal passed on 2026-09-02.
        RenewalTerms terms =
                new RenewalTerms(LocalDate.of(2024, 1, 1), 36, RenewalType.EXPLICIT, 24, 120, NoticeUnit.DAYS, 1, null);

        assertThat(RenewalCalendar.dues(terms, FROM, TO)).containsExactly(due("2027-01-01", Kind.NEXT_RENEWAL));
        assertThat(RenewalCalendar.dues(terms, FROM, LocalDate.of(2029, 1, 1)))
                .endsWith(due("2028-12-31", Kind.TERM_END));
    }

    @Test
    void a_contract_that_has_not_started_lists_its_first_dates_and_one_that_ended_none() {
        RenewalTerms future = automatic(LocalDate.of(2027, 1, 1), 6, 6, 1, NoticeUnit.MONTHS, null);
        RenewalTerms ended =
                new RenewalTerms(LocalDate.of(2020, 1, 1), 12, RenewalType.NONE, 0, 0, NoticeUnit.DAYS, 0, null);

        assertThat(RenewalCalendar.dues(future, FROM, FROM.plusMonths(9)))
                .containsExactly(due("2027-05-31", Kind.NOTICE_DEADLINE), due("2027-07-01", Kind.NEXT_RENEWAL));
        assertThat(RenewalCalendar.dues(ended, FROM, TO)).isEmpty();
    }

    @Test
    void the_last_day_of_the_period_counts_and_the_day_after_does_not() {
        RenewalTerms terms = automatic(LocalDate.of(2025, 6, 1), 12, 12, 0, NoticeUnit.DAYS, null);

        List<Due> dues = RenewalCalendar.dues(terms, FROM, LocalDate.of(2027, 6, 1));

        assertThat(dues).containsExactly(due("2027-06-01", Kind.NEXT_RENEWAL));
        assertThat(RenewalCalendar.dues(terms, FROM, LocalDate.of(2027, 5, 31))).isEmpty();
    }
}
