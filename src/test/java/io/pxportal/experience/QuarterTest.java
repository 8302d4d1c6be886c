package io.pxportal.experience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterTest {

    @ParameterizedTest
    @CsvSource({
        "2024-02-29, 2024-Q1, 2024-01-01, 2024-03-31",
        "2026-12-31, 2026-Q4, 2026-10-01, 2026-12-31",
        "2026-04-01, 2026-Q2, 2026-04-01, 2026-06-30",
    })
    void a_date_lies_in_its_quarter(LocalDate date, String text, LocalDate start, LocalDate end) {
        Quarter quarter = Quarter.of(date);
        assertThat(quarter).hasToString(text).isEqualTo(Quarter.parse(text));
        assertThat(quarter.start()).isEqualTo(start);
        assertThat(quarter.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource({"2026-Q1, -1, 2025-Q4", "2026-Q4, 1, 2027-Q1", "2026-Q3, -7, 2024-Q4", "2026q2, 0, 2026-Q2"})
    void quarters_count_across_years(String from, int quarters, String expected) {
        assertThat(Quarter.parse(from).plus(quarters)).hasToString(expected);
    }
}
