package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertLeadTimesTest {

    private static final List<Integer> DEFAULTS = AlertLeadTimes.DEFAULT;

    /** Empty expected stage = no alert. Deadline minus days left = today. */
    @ParameterizedTest(name = "{0}: {1} days left with lead times {2} → stage {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            too early for the first lead time     | 121 | 120,90,60,30,7 | none
            the first lead time is reached        | 120 | 120,90,60,30,7 | 120
            between the first two                 |  91 | 120,90,60,30,7 | 120
            the second lead time                  |  90 | 120,90,60,30,7 | 90
            sixty days                            |  60 | 120,90,60,30,7 | 60
            one month and a day                   |  31 | 120,90,60,30,7 | 60
            thirty days                           |  30 | 120,90,60,30,7 | 30
            a week and a day                      |   8 | 120,90,60,30,7 | 30
            a week                                |   7 | 120,90,60,30,7 | 7
            the deadline itself                   |   0 | 120,90,60,30,7 | 7
            passed yesterday                      |  -1 | 120,90,60,30,7 | 0
            passed a month ago                    | -30 | 120,90,60,30,7 | 0
            passed longer ago than the grace      | -31 | 120,90,60,30,7 | none
            one custom lead time, not yet         |  46 | 45             | none
            one custom lead time, reached         |  45 | 45             | 45
            one custom lead time, a day before    |   1 | 45             | 45
            lead times in any order               |  50 | 14,180,60      | 60
            """)
    void the_stage_is_the_shortest_lead_time_the_date_is_within(
            String why, long daysLeft, String leadDays, Integer stage) {
        LocalDate deadline = LocalDate.of(2027, 6, 30);
        OptionalInt expected = stage == null ? OptionalInt.empty() : OptionalInt.of(stage);
        assertThat(AlertLeadTimes.stage(AlertLeadTimes.parse(leadDays), deadline, deadline.minusDays(daysLeft)))
                .as(why)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "deadline {0}, today {1} → stage {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2028-02-29 | 2027-11-01 | 120
            2028-02-29 | 2027-11-02 | 120
            2028-02-29 | 2027-12-01 | 90
            2028-02-29 | 2028-02-22 | 7
            2028-02-29 | 2028-03-01 | 0
            2027-03-31 | 2027-01-30 | 60
            2027-03-31 | 2027-03-01 | 30
            """)
    void days_are_counted_exactly_across_month_ends_and_leap_days(LocalDate deadline, LocalDate today, int stage) {
        assertThat(AlertLeadTimes.stage(DEFAULTS, deadline, today)).hasValue(stage);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            120, 90, 60, 30, 7 | 120, 90, 60, 30, 7
            7;30;120           | 120, 30, 7
            '60 30 30 60'      | 60, 30
            14                 | 14
            """)
    void lead_times_are_read_in_any_order_and_written_longest_first(String text, String written) {
        assertThat(AlertLeadTimes.format(AlertLeadTimes.parse(text))).isEqualTo(written);
    }

    @Test
    void blank_is_not_given_and_out_of_range_or_too_many_is_invalid() {
        assertThat(AlertLeadTimes.parse("  ")).isNull();
        assertThatThrownBy(() -> AlertLeadTimes.parse("90, soon")).isInstanceOf(NumberFormatException.class);
        assertThat(AlertLeadTimes.valid(List.of())).isFalse();
        assertThat(AlertLeadTimes.valid(List.of(0))).isFalse();
        assertThat(AlertLeadTimes.valid(List.of(731))).isFalse();
        assertThat(AlertLeadTimes.valid(List.of(730, 1))).isTrue();
        assertThat(AlertLeadTimes.valid(List.of(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)))
                .isFalse();
    }
}
