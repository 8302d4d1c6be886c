package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Business calendars with hours per weekday, holidays and versions of the week, table-driven: a calendar, an
 * opening in its local time, business minutes, and the local time they are used up. 2026: New York changes to
 * winter time on 1 November, Kyiv to summer time on 29 March and back on 25 October; Thanksgiving is 26 November.
 */
class BusinessCalendarTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final LocalDate START = LocalDate.of(2000, 1, 1);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** The reproduction's vendor: New York, 08:00–17:00 on weekdays, Thanksgiving off. */
    static final BusinessCalendar NY_VENDOR =
            calendar(NEW_YORK, Set.of(LocalDate.of(2026, 11, 26)), week(START, "Mon-Fri 08:00-17:00"));

    static final BusinessCalendar NY_SHORT_FRIDAY =
            calendar(NEW_YORK, Set.of(), week(START, "Mon-Thu 08:00-17:00; Fri 08:00-14:00"));
    /** 09:00–17:00 until June 2026, 08:00–17:00 from 1 July. */
    static final BusinessCalendar NY_CHANGED = calendar(
            NEW_YORK,
            Set.of(),
            week(START, "Mon-Fri 09:00-17:00"),
            week(LocalDate.of(2026, 7, 1), "Mon-Fri 08:00-17:00"));

    static final BusinessCalendar KYIV_SUNDAY_SHIFT = calendar(KYIV, Set.of(), week(START, "Sun 10:00-14:00"));
    static final BusinessCalendar KYIV_ALL_SUNDAY = calendar(KYIV, Set.of(), week(START, "Sun 00:00-24:00"));

    static Stream<Arguments> due() {
        return Stream.of(
                Arguments.of(
                        "P1, 90 business minutes from Wednesday 16:30 before Thanksgiving: Friday 09:00",
                        NY_VENDOR,
                        "2026-11-25T16:30",
                        90,
                        "2026-11-27T09:00"),
                Arguments.of(
                        "the same without the holiday would be Thursday 09:00",
                        calendar(NEW_YORK, Set.of(), week(START, "Mon-Fri 08:00-17:00")),
                        "2026-11-25T16:30",
                        90,
                        "2026-11-26T09:00"),
                Arguments.of(
                        "opened on Thanksgiving: the clock starts on Friday at 08:00",
                        NY_VENDOR,
                        "2026-11-26T10:00",
                        60,
                        "2026-11-27T09:00"),
                Arguments.of(
                        "a short Friday: 60 minutes on Friday 13–14, the rest on Monday",
                        NY_SHORT_FRIDAY,
                        "2026-06-05T13:00",
                        120,
                        "2026-06-08T09:00"),
                Arguments.of(
                        "opened on Friday after 14:00: nothing counts until Monday",
                        NY_SHORT_FRIDAY,
                        "2026-06-05T15:00",
                        30,
                        "2026-06-08T08:30"),
                Arguments.of(
                        "a ticket spanning the week's change counts each day on its own version",
                        NY_CHANGED,
                        "2026-06-30T16:00",
                        120,
                        "2026-07-01T09:00"),
                Arguments.of(
                        "New York across the fall-back weekend keeps 08:00 local",
                        NY_VENDOR,
                        "2026-10-30T16:00",
                        120,
                        "2026-11-02T09:00"),
                Arguments.of(
                        "Kyiv Sunday shift on the spring-forward day keeps its wall-clock window",
                        KYIV_SUNDAY_SHIFT,
                        "2026-03-29T00:00",
                        180,
                        "2026-03-29T13:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void due(String name, BusinessCalendar calendar, String opened, int minutes, String expected) {
        Instant open = at(calendar.zone(), opened);
        assertThat(calendar.addWorkingTime(open, Duration.ofMinutes(minutes))).isEqualTo(at(calendar.zone(), expected));
        assertThat(calendar.workingTime(open, at(calendar.zone(), expected))).isEqualTo(Duration.ofMinutes(minutes));
    }

    static Stream<Arguments> working_time() {
        return Stream.of(
                Arguments.of(
                        "Wednesday to Friday around Thanksgiving",
                        NY_VENDOR,
                        "2026-11-25T08:00",
                        "2026-11-28T00:00",
                        Duration.ofHours(18)),
                Arguments.of(
                        "a short Friday counts 6 hours",
                        NY_SHORT_FRIDAY,
                        "2026-06-05T00:00",
                        "2026-06-06T00:00",
                        Duration.ofHours(6)),
                Arguments.of(
                        "30 June on the old week, 1 July on the new",
                        NY_CHANGED,
                        "2026-06-30T00:00",
                        "2026-07-02T00:00",
                        Duration.ofHours(17)),
                Arguments.of(
                        "before the first version the earliest one applies",
                        NY_CHANGED,
                        "1999-12-31T00:00",
                        "2000-01-01T00:00",
                        Duration.ofHours(8)),
                Arguments.of(
                        "a whole working Sunday on the spring-forward day has 23 hours",
                        KYIV_ALL_SUNDAY,
                        "2026-03-29T00:00",
                        "2026-03-30T00:00",
                        Duration.ofHours(23)),
                Arguments.of(
                        "a whole working Sunday on the fall-back day has 25 hours",
                        KYIV_ALL_SUNDAY,
                        "2026-10-25T00:00",
                        "2026-10-26T00:00",
                        Duration.ofHours(25)),
                Arguments.of(
                        "the same wall-clock week runs at other instants in Kyiv",
                        calendar(KYIV, Set.of(), week(START, "Mon-Fri 08:00-17:00")),
                        "2026-11-25T16:30",
                        "2026-11-26T09:00",
                        Duration.ofMinutes(90)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void working_time(String name, BusinessCalendar calendar, String from, String to, Duration expected) {
        assertThat(calendar.workingTime(at(calendar.zone(), from), at(calendar.zone(), to)))
                .isEqualTo(expected);
    }

    @Test
    void the_new_york_p1_is_answered_within_its_90_business_minutes_across_thanksgiving() {
        Instant opened = at(NEW_YORK, "2026-11-25T16:30");
        List<StatusChange> answered =
                List.of(new StatusChange(TicketStatus.IN_PROGRESS, at(NEW_YORK, "2026-11-27T08:55")));
        SlaClock response = SlaEngine.response(
                opened, answered, NY_VENDOR, Duration.ofMinutes(90), at(NEW_YORK, "2026-11-27T12:00"));
        assertThat(response.used()).isEqualTo(Duration.ofMinutes(85));
        assertThat(response.outcome()).isEqualTo(SlaOutcome.MET);
    }

    @Test
    void the_week_is_written_grouped_and_read_back() {
        var days = WorkWeekText.parse("Mon-Thu 08:00-17:00; Fri 08:00-14:00");
        assertThat(days)
                .hasSize(5)
                .containsEntry(DayOfWeek.FRIDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(14, 0)));
        assertThat(WorkWeekText.format(days)).isEqualTo("Mon-Thu 08:00-17:00; Fri 08:00-14:00");
        assertThat(WorkWeekText.format(
                        WorkWeekText.parse("MONDAY 09:00-17:00,TUESDAY 09:00-17:00," + "THURSDAY 09:00-17:00")))
                .isEqualTo("Mon-Tue 09:00-17:00; Thu 09:00-17:00");
        assertThat(WorkWeekText.format(WorkWeekText.parse("sunday 0:00-24:00"))).isEqualTo("Sun 00:00-24:00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mon 17:00-08:00",
                "Xyz 08:00-17:00",
                "Mon 08:00-17:00; Mon-Tue 09:00-10:00",
                "Mon-Fri 8-17",
                "Mon 08:00-25:00"
            })
    void a_week_that_cannot_be_read_is_refused_naming_the_part(String text) {
        assertThatThrownBy(() -> WorkWeekText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "Mon".equals(text.substring(0, 3)) || text.startsWith("Xyz")
                                ? text.split(";")[text.contains(";") ? 1 : 0].trim()
                                : text);
    }

    static BusinessCalendar calendar(ZoneId zone, Set<LocalDate> holidays, WorkWeek... weeks) {
        return new BusinessCalendar(zone, List.of(weeks), holidays, false);
    }

    static WorkWeek week(LocalDate from, String hours) {
        return new WorkWeek(from, WorkWeekText.parse(hours));
    }

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
