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
    @CsvSource(nullValues = "none", value = {
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
            "yesterday,                  none",
            "2026-13-05 10:15,           none"})
    void reads_a_time_in_the_policy_zone_unless_it_has_an_offset(String text, String expected) {
        assertThat(TicketTexts.instant(text, ZoneId.of("Europe/Berlin")))
                .isEqualTo(Optional.ofNullable(expected).map(Instant::parse));
    }
}
