package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time forms a ticket export may use: with an offset as written, local ones in the policy's zone. */
class TicketTextsTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "2026-03-05T09:15:00Z,       2026-03-05T09:15:00Z",
                "2026-03-05T09:15:00.5z,     2026-03-05T09:15:00.500Z",
                "2026-03-05T10:15:00+01:00,  2026-03-05T09:15:00Z",
                "2026-03-05T04:15:00-05:00,  2026-03-05T09:15:00Z",
                "2026-03-05 10:15,           2026-03-05T09:15:00Z",
                "2026-03-05T10:15:30,        2026-03-05T09:15:30Z",
                "05.03.2026 10:15,           2026-03-05T09:15:00Z",
                "2026/03/05 10:15,           2026-03-05T09:15:00Z",
                "2026-03-05,                 2026-03-04T23:00:00Z",
                "2026-07-05 10:15,           2026-07-05T08:15:00Z",
                "2024-02-29 10:15,           2024-02-29T09:15:00Z",
                "2026-03-29 02:30,           2026-03-29T01:30:00Z",
                "2026-03-05 10:15:59,        2026-03-05T09:15:59Z",
                "' 2026-03-05 10:15 ',       2026-03-05T09:15:00Z",
                "2026-03-05 10:15:30.5,      2026-03-05T09:15:30.500Z",
                "2026-02-29 10:15,           none",
                "2026-02-31 10:00,           none",
                "2026-02-31T10:00:00,        none",
                "31.02.2026 10:00,           none",
                "29.02.2026 10:00,           none",
                "31.04.2026 10:00,           none",
                "2026/02/30 10:00,           none",
                "2026-02-31,                 none",
                "2026-00-10 10:00,           none",
                "2026-03-00 10:00,           none",
                "2026-03-05 24:00,           none",
                "2026-03-05 24:61,           none",
                "2026-03-05 25:00,           none",
                "2026-03-05 10:60,           none",
                "05.03.2026 24:00,           none",
                "05.03.2026 10:61,           none",
                "2026-02-31T10:00:00Z,       none",
                "2026-02-29T10:00:00+01:00,  none",
                "2026-03-05T24:00:00Z,       none",
                "2026-03-05T23:59:60Z,       none",
                "2026-03-05 10:15:60,        none",
                "2026-03-05 1a:15,           none",
                "+026-03-05 10:15,           none",
                "yesterday,                  none",
                "2026-13-05 10:15,           none"
            })
    void reads_a_time_in_the_policy_zone_unless_it_has_an_offset(String text, String expected) {
        // The common "yyyy-MM-dd HH:mm[:ss]" is read without a formatter; a time that does not exist on the calendar
        // (29 February of a common year, 31 April, 24:00, a 60th second) is refused in every form, never moved to a
        // neighbouring day; a time in the spring-forward gap moves on by the gap.
        assertThat(TicketTexts.instant(text, ZoneId.of("Europe/Berlin")))
                .isEqualTo(Optional.ofNullable(expected).map(Instant::parse));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "In Progress,           IN_PROGRESS",
                "work-in-progress,      IN_PROGRESS",
                "'  Awaiting   Customer ', WAITING_ON_CUSTOMER",
                "WAITING_ON_CUSTOMER,   WAITING_ON_CUSTOMER",
                "waiting on customer,   WAITING_ON_CUSTOMER",
                "Closed,                CLOSED",
                "Cancelled,             CLOSED",
                "To Do,                 OPEN",
                "escalated,             none"
            })
    void reads_a_vendor_status_word_or_the_status_name(String text, TicketStatus expected) {
        assertThat(TicketTexts.status(text)).isEqualTo(Optional.ofNullable(expected));
    }
}
