package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SLA clock, table-driven: each row is a calendar, a ticket's history in the calendar's local time, and the
 * working time the resolution clock must count. 2026 dates: Kyiv changes to summer time on 29 March and back on 25
 * October, New York on 8 March and 1 November.
 */
class SlaEngineTest {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final BusinessCalendar KYIV_OFFICE = BusinessCalendar.weekdays(
            KYIV,
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            Set.of(LocalDate.of(2026, 8, 24))); // Independence Day, a Monday
    static final BusinessCalendar NY_OFFICE =
            BusinessCalendar.weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
    static final Set<TicketStatus> WAITING = Set.of(TicketStatus.WAITING_ON_CUSTOMER);

    static Stream<Arguments> resolution_time() {
        return Stream.of(
                Arguments.of(
                        "within one working day",
                        KYIV_OFFICE,
                        "2026-06-01T10:00",
                        List.of("RESOLVED 2026-06-01T14:00"),
                        Duration.ofHours(4)),
                Arguments.of(
                        "opened on Friday evening, resolved Monday",
                        KYIV_OFFICE,
                        "2026-06-05T19:30",
                        List.of("IN_PROGRESS 2026-06-08T09:20", "RESOLVED 2026-06-08T10:30"),
                        Duration.ofMinutes(90)),
                Arguments.of(
                        "a public holiday on Monday does not count",
                        KYIV_OFFICE,
                        "2026-08-21T17:00",
                        List.of("RESOLVED 2026-08-25T10:00"),
                        Duration.ofHours(2)),
                Arguments.of(
                        "waiting on the customer pauses, the reply resumes",
                        KYIV_OFFICE,
                        "2026-06-01T09:00",
                        List.of(
                                "IN_PROGRESS 2026-06-01T09:30",
                                "WAITING_ON_CUSTOMER 2026-06-01T11:00",
                                "IN_PROGRESS 2026-06-02T11:00",
                                "RESOLVED 2026-06-02T12:00"),
                        Duration.ofHours(3)),
                Arguments.of(
                        "reopened after resolution runs on from what it used",
                        KYIV_OFFICE,
                        "2026-06-01T09:00",
                        List.of(
                                "RESOLVED 2026-06-01T10:00",
                                "IN_PROGRESS 2026-06-03T09:00",
                                "RESOLVED 2026-06-03T11:00"),
                        Duration.ofHours(3)),
                Arguments.of(
                        "Kyiv spring forward: the 24x7 day has 23 hours",
                        KYIV_OFFICE.aroundTheClock(),
                        "2026-03-28T22:00",
                        List.of("RESOLVED 2026-03-29T22:00"),
                        Duration.ofHours(23)),
                Arguments.of(
                        "Kyiv fall back: the 24x7 day has 25 hours",
                        KYIV_OFFICE.aroundTheClock(),
                        "2026-10-24T22:00",
                        List.of("RESOLVED 2026-10-25T22:00"),
                        Duration.ofHours(25)),
                Arguments.of(
                        "Kyiv office hours keep their wall-clock times across the change",
                        KYIV_OFFICE,
                        "2026-03-27T17:00",
                        List.of("RESOLVED 2026-03-30T10:00"),
                        Duration.ofHours(2)),
                Arguments.of(
                        "New York spring forward: the 24x7 day has 23 hours",
                        NY_OFFICE.aroundTheClock(),
                        "2026-03-07T22:00",
                        List.of("RESOLVED 2026-03-08T22:00"),
                        Duration.ofHours(23)),
                Arguments.of(
                        "New York fall back: the 24x7 day has 25 hours",
                        NY_OFFICE.aroundTheClock(),
                        "2026-10-31T22:00",
                        List.of("RESOLVED 2026-11-01T22:00"),
                        Duration.ofHours(25)),
                Arguments.of(
                        "New York office hours across spring forward",
                        NY_OFFICE,
                        "2026-03-06T16:00",
                        List.of("RESOLVED 2026-03-09T10:00"),
                        Duration.ofHours(2)),
                Arguments.of(
                        "New York office hours across fall back",
                        NY_OFFICE,
                        "2026-10-30T16:30",
                        List.of("RESOLVED 2026-11-02T09:45"),
                        Duration.ofMinutes(75)),
                Arguments.of(
                        "a pause across a weekend and the DST change counts nothing",
                        NY_OFFICE,
                        "2026-03-06T09:00",
                        List.of(
                                "WAITING_ON_CUSTOMER 2026-03-06T10:00",
                                "IN_PROGRESS 2026-03-10T09:00",
                                "CLOSED 2026-03-10T09:30"),
                        Duration.ofMinutes(90)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void resolution_time(
            String name, BusinessCalendar calendar, String opened, List<String> history, Duration expected) {
        Instant open = at(calendar.zone(), opened);
        SlaClock clock = SlaEngine.resolution(
                open,
                changes(calendar.zone(), history),
                WAITING,
                calendar,
                Duration.ofHours(8),
                open.plus(Duration.ofDays(30)));
        assertThat(clock.used()).isEqualTo(expected);
        assertThat(clock.intervals().stream().map(SlaClock.Interval::counted).reduce(Duration.ZERO, Duration::plus))
                .as("the intervals add up to the figure")
                .isEqualTo(expected);
    }

    static Stream<Arguments> response_outcome() {
        return Stream.of(
                Arguments.of("response on the same minute as the target", "RESPONDED 11:00", SlaOutcome.MET),
                Arguments.of("response a minute late", "RESPONDED 11:01", SlaOutcome.BREACHED),
                Arguments.of("no response yet, 45 of 60 minutes used", "NOW 10:45", SlaOutcome.RUNNING),
                Arguments.of("no response yet, exactly 80 % used", "NOW 10:48", SlaOutcome.RUNNING),
                Arguments.of("no response yet, 81 % used", "NOW 10:49", SlaOutcome.AT_RISK),
                Arguments.of("no response and past the target", "NOW 11:30", SlaOutcome.BREACHED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void response_outcome(String name, String event, SlaOutcome expected) {
        Instant opened = at(KYIV, "2026-06-01T10:00");
        Instant moment = at(KYIV, "2026-06-01T" + event.split(" ")[1]);
        List<StatusChange> history =
                event.startsWith("RESPONDED") ? List.of(new StatusChange(TicketStatus.IN_PROGRESS, moment)) : List.of();
        SlaClock clock = SlaEngine.response(opened, history, KYIV_OFFICE, Duration.ofHours(1), moment);
        assertThat(clock.outcome()).isEqualTo(expected);
    }

    static Stream<Arguments> due_at() {
        return Stream.of(
                Arguments.of(
                        "4 working hours from Friday 17:00 in Kyiv, over the spring change",
                        KYIV_OFFICE,
                        "2026-03-27T17:00",
                        Duration.ofHours(4),
                        "2026-03-30T12:00"),
                Arguments.of(
                        "4 hours round the clock from 01:00 on the New York spring-forward night",
                        NY_OFFICE.aroundTheClock(),
                        "2026-03-08T01:00",
                        Duration.ofHours(4),
                        "2026-03-08T06:00"),
                Arguments.of(
                        "one business day from a day before a holiday",
                        KYIV_OFFICE,
                        "2026-08-21T12:00",
                        Duration.ofHours(9),
                        "2026-08-25T12:00"),
                Arguments.of(
                        "the target ends exactly at closing time",
                        NY_OFFICE,
                        "2026-06-01T13:00",
                        Duration.ofHours(4),
                        "2026-06-01T17:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void due_at(String name, BusinessCalendar calendar, String opened, Duration target, String due) {
        Instant open = at(calendar.zone(), opened);
        SlaClock clock = SlaEngine.resolution(open, List.of(), WAITING, calendar, target, open);
        assertThat(clock.dueAt()).isEqualTo(at(calendar.zone(), due));
    }

    @Test
    void a_paused_clock_has_no_due_time_and_a_stopped_one_is_decided() {
        Instant opened = at(KYIV, "2026-06-01T10:00");
        List<StatusChange> waiting = changes(KYIV, List.of("WAITING_ON_CUSTOMER 2026-06-01T12:00"));
        SlaClock paused = SlaEngine.resolution(
                opened, waiting, WAITING, KYIV_OFFICE, Duration.ofHours(8), at(KYIV, "2026-06-10T12:00"));
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.used()).isEqualTo(Duration.ofHours(2));
        assertThat(paused.outcome()).isEqualTo(SlaOutcome.RUNNING);
        SlaClock late = SlaEngine.resolution(
                opened,
                changes(KYIV, List.of("RESOLVED 2026-06-02T10:01")),
                WAITING,
                KYIV_OFFICE,
                Duration.ofHours(9),
                at(KYIV, "2026-06-10T12:00"));
        assertThat(late.outcome()).isEqualTo(SlaOutcome.BREACHED);
    }

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    static List<StatusChange> changes(ZoneId zone, List<String> rows) {
        List<StatusChange> changes = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.split(" ");
            changes.add(new StatusChange(TicketStatus.valueOf(parts[0]), at(zone, parts[1])));
        }
        return changes;
    }
}
