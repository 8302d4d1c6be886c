package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.contracts.RenewalSchedule.State;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The renewal rules as a table: start, initial term, renewal type and period, notice, renewals agreed, notice
 * given, the date asked about → state, term, notice deadline and next renewal.
 */
class RenewalEngineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // case                                   | start      |ini|type     |per|notice|unit  |agreed|given
                // | as of      | state       |term| term start | term end   | deadline   | next
                "the issue's example: renewed twice        | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | -          | 2026-11-22 | RENEWING    | 2 | 2026-03-31 | 2027-03-30 | 2026-12-30 | 2027-03-31",
                "31 January + 1 month is 28 February       | 2026-01-31 | 1 | AUTOMATIC| 1 | 0  | DAYS  | 0 | -          | 2026-03-15 | RENEWING    | 1 | 2026-02-28 | 2026-03-30 | -          | 2026-03-31",
                "month ends never drift                    | 2026-01-31 | 1 | AUTOMATIC| 1 | 0  | DAYS  | 0 | -          | 2026-05-31 | RENEWING    | 4 | 2026-05-31 | 2026-06-29 | -          | 2026-06-30",
                "a leap-day start renews on 28 February    | 2024-02-29 | 12| AUTOMATIC| 12| 30 | DAYS  | 0 | -          | 2025-03-01 | RENEWING    | 1 | 2025-02-28 | 2026-02-27 | 2026-01-28 | 2026-02-28",
                "and on 29 February in a leap year         | 2024-02-29 | 12| AUTOMATIC| 12| 30 | DAYS  | 0 | -          | 2028-03-01 | RENEWING    | 4 | 2028-02-29 | 2029-02-27 | 2029-01-28 | 2029-02-28",
                "notice in months at a month end           | 2026-03-01 | 12| AUTOMATIC| 12| 1  | MONTHS| 0 | -          | 2026-06-01 | RENEWING    | 0 | 2026-03-01 | 2027-02-28 | 2027-01-31 | 2027-03-01",
                "three months before a term ending 30 Mar  | 2024-03-31 | 12| AUTOMATIC| 12| 3  | MONTHS| 0 | -          | 2026-11-22 | RENEWING    | 2 | 2026-03-31 | 2027-03-30 | 2026-12-30 | 2027-03-31",
                "a deadline already passed still renews    | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | -          | 2027-01-05 | RENEWING    | 2 | 2026-03-31 | 2027-03-30 | 2026-12-30 | 2027-03-31",
                "many monthly renewals stay exact          | 2010-01-31 | 1 | AUTOMATIC| 1 | 0  | DAYS  | 0 | -          | 2026-11-22 | RENEWING    |201| 2026-10-31 | 2026-11-29 | -          | 2026-11-30",
                "notice given in time ends this term       | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | 2026-12-01 | 2026-12-15 | ENDING      | 2 | 2026-03-31 | 2027-03-30 | -          | -",
                "and after it the contract has ended       | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | 2026-12-01 | 2027-04-01 | ENDED       | 2 | 2026-03-31 | 2027-03-30 | -          | -",
                "late notice ends only after the next term | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | 2027-01-10 | 2027-01-10 | RENEWING    | 2 | 2026-03-31 | 2027-03-30 | 2026-12-30 | 2027-03-31",
                "late notice: the following term is last   | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | 2027-01-10 | 2027-06-01 | ENDING      | 3 | 2027-03-31 | 2028-03-30 | -          | -",
                "no renewal: the initial term is the last  | 2025-01-01 | 24| NONE     | 0 | 0  | DAYS  | 0 | -          | 2026-11-22 | ENDING      | 0 | 2025-01-01 | 2026-12-31 | -          | -",
                "no renewal: after it, ended               | 2025-01-01 | 24| NONE     | 0 | 0  | DAYS  | 0 | -          | 2027-01-01 | ENDED       | 0 | 2025-01-01 | 2026-12-31 | -          | -",
                "explicit, nothing agreed: ends            | 2025-06-15 | 12| EXPLICIT | 12| 60 | DAYS  | 0 | -          | 2026-01-01 | ENDING      | 0 | 2025-06-15 | 2026-06-14 | -          | -",
                "explicit, one renewal agreed              | 2025-06-15 | 12| EXPLICIT | 12| 60 | DAYS  | 1 | -          | 2026-01-01 | RENEWING    | 0 | 2025-06-15 | 2026-06-14 | 2026-04-15 | 2026-06-15",
                "explicit: the agreed term is the last     | 2025-06-15 | 12| EXPLICIT | 12| 60 | DAYS  | 1 | -          | 2026-07-01 | ENDING      | 1 | 2026-06-15 | 2027-06-14 | -          | -",
                "before the start                          | 2027-01-01 | 36| AUTOMATIC| 12| 6  | MONTHS| 0 | -          | 2026-11-22 | NOT_STARTED | 0 | 2027-01-01 | 2029-12-31 | 2029-06-30 | 2030-01-01",
                "the last day of a term is in that term    | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | -          | 2027-03-30 | RENEWING    | 2 | 2026-03-31 | 2027-03-30 | 2026-12-30 | 2027-03-31",
                "the first day of a term starts it         | 2024-03-31 | 12| AUTOMATIC| 12| 90 | DAYS  | 0 | -          | 2027-03-31 | RENEWING    | 3 | 2027-03-31 | 2028-03-30 | 2027-12-31 | 2028-03-31",
                "notice longer than the period: given in Jan| 2026-01-01 | 12| AUTOMATIC| 1 | 3  | MONTHS| 0 | 2027-01-15 | 2027-03-10 | RENEWING    | 3 | 2027-03-01 | 2027-03-31 | 2026-12-31 | 2027-04-01",
                "it ends the first term whose deadline it met| 2026-01-01 | 12| AUTOMATIC| 1 | 3  | MONTHS| 0 | 2027-01-15 | 2027-04-10 | ENDING      | 4 | 2027-04-01 | 2027-04-30 | -          | -",
                "and not the one after the term it was given| 2026-01-01 | 12| AUTOMATIC| 1 | 3  | MONTHS| 0 | 2027-01-15 | 2027-05-01 | ENDED       | 4 | 2027-04-01 | 2027-04-30 | -          | -",
            })
    void renewal_dates_follow_the_contract(
            String description,
            LocalDate start,
            int initial,
            RenewalType type,
            int period,
            int notice,
            NoticeUnit unit,
            int agreed,
            LocalDate givenOn,
            LocalDate asOf,
            State state,
            int term,
            LocalDate termStart,
            LocalDate termEnd,
            LocalDate deadline,
            LocalDate next) {
        RenewalSchedule schedule = RenewalEngine.schedule(
                new RenewalTerms(start, initial, type, period, notice, unit, agreed, givenOn), asOf);

        assertThat(schedule.state()).isEqualTo(state);
        assertThat(schedule.termNumber()).isEqualTo(term);
        assertThat(schedule.termStart()).isEqualTo(termStart);
        assertThat(schedule.termEnd()).isEqualTo(termEnd);
        assertThat(schedule.noticeDeadline()).isEqualTo(deadline);
        assertThat(schedule.nextRenewal()).isEqualTo(next);
    }

    @Test
    void the_explanation_says_how_each_date_was_derived() {
        RenewalSchedule schedule = RenewalEngine.schedule(
                new RenewalTerms(
                        LocalDate.of(2024, 3, 31), 12, RenewalType.AUTOMATIC, 12, 90, NoticeUnit.DAYS, 0, null),
                LocalDate.of(2026, 11, 22));

        assertThat(schedule.explanation())
                .extracting(RenewalSchedule.Reason::key)
                .containsExactly(
                        "renewal.explain.start",
                        "renewal.explain.renewed",
                        "renewal.explain.term",
                        "renewal.explain.notice",
                        "renewal.explain.renews");
        assertThat(schedule.explanation().get(3).arguments())
                .containsExactly(90, "renewal.unit.DAYS", LocalDate.of(2026, 12, 30));
        assertThat(schedule.daysToNoticeDeadline()).isEqualTo(38);
    }

    @Test
    void a_passed_deadline_is_explained_with_the_earliest_possible_end() {
        RenewalSchedule schedule = RenewalEngine.schedule(
                new RenewalTerms(
                        LocalDate.of(2024, 3, 31), 12, RenewalType.AUTOMATIC, 12, 90, NoticeUnit.DAYS, 0, null),
                LocalDate.of(2027, 1, 5));

        assertThat(schedule.explanation()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("renewal.explain.deadline-passed");
            assertThat(r.arguments()).containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2028, 3, 30));
        });
        assertThat(schedule.daysToNoticeDeadline()).isNegative();
    }

    @Test
    void a_notice_deadline_before_the_term_is_explained_as_inconsistent_not_as_passed() {
        // The reproduction: six months' notice on a three-month initial term; the deadline falls before the start.
        RenewalSchedule schedule = RenewalEngine.schedule(
                new RenewalTerms(LocalDate.of(2026, 1, 1), 3, RenewalType.AUTOMATIC, 12, 6, NoticeUnit.MONTHS, 0, null),
                LocalDate.of(2026, 2, 15));

        assertThat(schedule.explanation())
                .extracting(RenewalSchedule.Reason::key)
                .doesNotContain("renewal.explain.notice", "renewal.explain.deadline-passed")
                .contains("renewal.explain.notice-before-term", "renewal.explain.earliest-end");
        assertThat(schedule.explanation())
                .filteredOn(r -> r.key().equals("renewal.explain.notice-before-term"))
                .singleElement()
                .satisfies(r -> assertThat(r.arguments())
                        .containsExactly(
                                6, "renewal.unit.MONTHS", LocalDate.of(2025, 9, 30), LocalDate.of(2026, 1, 1)));
        // Notice given now still meets the first renewal term's deadline (30 September 2026).
        assertThat(schedule.explanation())
                .filteredOn(r -> r.key().equals("renewal.explain.earliest-end"))
                .singleElement()
                .satisfies(r -> assertThat(r.arguments()).containsExactly(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void before_the_start_an_early_deadline_may_still_be_ahead() {
        RenewalSchedule schedule = RenewalEngine.schedule(
                new RenewalTerms(LocalDate.of(2026, 1, 1), 3, RenewalType.AUTOMATIC, 12, 6, NoticeUnit.MONTHS, 0, null),
                LocalDate.of(2025, 9, 1));

        assertThat(schedule.state()).isEqualTo(State.NOT_STARTED);
        assertThat(schedule.explanation())
                .filteredOn(r -> r.key().equals("renewal.explain.earliest-end"))
                .singleElement()
                .satisfies(r -> assertThat(r.arguments()).containsExactly(LocalDate.of(2026, 3, 31)));
    }
}
