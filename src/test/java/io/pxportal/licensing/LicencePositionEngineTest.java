package io.pxportal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.licensing.LicencePosition.Status;
import io.pxportal.portfolio.PlatformEnvironment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The licence position rules as tables. Measurements are written {@code ENV:day:quantity} or
 * {@code ENV:from..to:quantity}, separated by semicolons; ENV is P(roduction), T(est), D(evelopment) or DR.
 */
class LicencePositionEngineTest {

    private static final Map<String, PlatformEnvironment> ENVIRONMENTS = Map.of(
            "P",
            PlatformEnvironment.PRODUCTION,
            "T",
            PlatformEnvironment.TEST,
            "D",
            PlatformEnvironment.DEVELOPMENT,
            "DR",
            PlatformEnvironment.DR);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // case                                            | metric          | qty | unit | over | from       |
                // to         | non-prod | measurements                                   | as of      | status       |
                // year start | year end   | consumed | util  | shortfall | exposure | surplus | shelfware
                "high-water mark of the contract year                | NAMED_USER      | 25  | 3200 | 4000 | 2026-01-01 | -          | false | P:2026-01-01:12; P:2026-02-01:14; P:2026-03-01:13 | 2026-03-15 | WITHIN       | 2026-01-01 | 2026-12-31 | 14 | 56.0  | 0 | 0.00    | 11 | 35200.00",
                "a peak in the previous contract year does not count | NAMED_USER      | 25  | 3200 | 4000 | 2025-01-01 | -          | false | P:2025-12-01:30; P:2026-01-01:12; P:2026-02-01:14 | 2026-03-15 | WITHIN       | 2026-01-01 | 2026-12-31 | 14 | 56.0  | 0 | 0.00    | 11 | 35200.00",
                "non-production environments are excluded            | NAMED_USER      | 25  | 3200 | 4000 | 2026-01-01 | -          | false | P:2026-02-01:14; T:2026-02-01:5; DR:2026-02-01:14 | 2026-03-15 | WITHIN       | 2026-01-01 | 2026-12-31 | 14 | 56.0  | 0 | 0.00    | 11 | 35200.00",
                "they count when the entitlement says so             | NAMED_USER      | 25  | 3200 | 4000 | 2026-01-01 | -          | true  | P:2026-02-01:14; T:2026-02-01:5                   | 2026-03-15 | WITHIN       | 2026-01-01 | 2026-12-31 | 19 | 76.0  | 0 | 0.00    | 6  | 19200.00",
                "environments counted on different days add up       | NAMED_USER      | 25  | 3200 | 4000 | 2026-01-01 | -          | true  | P:2026-02-01:14; T:2026-02-10:5; P:2026-03-01:10  | 2026-03-15 | WITHIN       | 2026-01-01 | 2026-12-31 | 19 | 76.0  | 0 | 0.00    | 6  | 19200.00",
                "a measurement after the date is not yet known       | NAMED_USER      | 25  | 3200 | 4000 | 2026-01-01 | -          | false | P:2026-02-01:14; P:2026-04-01:30                  | 2026-03-15 | WITHIN       | 2026-01-01 | 2026-12-31 | 14 | 56.0  | 0 | 0.00    | 11 | 35200.00",
                "a shortfall is priced at the overage price          | CONCURRENT_USER | 40  | 1200 | 1500 | 2026-01-01 | -          | false | P:2026-01-01:38; P:2026-02-01:46; P:2026-03-01:44 | 2026-03-15 | SHORTFALL    | 2026-01-01 | 2026-12-31 | 46 | 115.0 | 6 | 9000.00 | 0  | 0.00",
                "without an overage price at the unit price          | CPU_CORE        | 16  | 2000 | -    | 2026-01-01 | -          | false | P:2026-01-01:20                                   | 2026-03-15 | SHORTFALL    | 2026-01-01 | 2026-12-31 | 20 | 125.0 | 4 | 8000.00 | 0  | 0.00",
                "enterprise is unlimited                             | ENTERPRISE      | -   | -    | -    | 2026-01-01 | -          | false | P:2026-01-01:35; T:2026-01-01:9                   | 2026-03-15 | UNLIMITED    | 2026-01-01 | 2026-12-31 | 35 | -     | 0 | 0.00    | -  | -",
                "no measurements: nothing is claimed                 | SERVER_INSTANCE | 6   | 9000 | -    | 2026-01-01 | -          | false | -                                                 | 2026-03-15 | NOT_MEASURED | 2026-01-01 | 2026-12-31 | 0  | -     | - | -       | -  | -",
                "only non-production measured: not measured          | SERVER_INSTANCE | 6   | 9000 | -    | 2026-01-01 | -          | false | T:2026-02-01:2                                    | 2026-03-15 | NOT_MEASURED | 2026-01-01 | 2026-12-31 | 0  | -     | - | -       | -  | -",
                "a year from 29 February starts on 28 February       | NAMED_USER      | 10  | 100  | -    | 2024-02-29 | -          | false | P:2025-02-27:12; P:2025-02-28:8                   | 2025-03-01 | WITHIN       | 2025-02-28 | 2026-02-27 | 8  | 80.0  | 0 | 0.00    | 2  | 200.00",
                "and on 29 February in a leap year                   | NAMED_USER      | 10  | 100  | -    | 2024-02-29 | -          | false | P:2028-02-28:12; P:2028-03-01:8                   | 2028-03-01 | WITHIN       | 2028-02-29 | 2029-02-27 | 8  | 80.0  | 0 | 0.00    | 2  | 200.00",
                "after the term its last day is judged               | NAMED_USER      | 25  | 3200 | 4000 | 2025-01-01 | 2025-12-31 | false | P:2025-06-01:30; P:2026-02-01:10                  | 2026-06-01 | SHORTFALL    | 2025-01-01 | 2025-12-31 | 30 | 120.0 | 5 | 20000.00| 0  | 0.00",
                "before the term nothing is consumed yet             | NAMED_USER      | 25  | 3200 | 4000 | 2026-01-01 | -          | false | P:2025-12-01:30                                   | 2025-12-15 | NOT_STARTED  | 2026-01-01 | 2026-12-31 | 0  | -     | - | -       | -  | -",
            })
    void seats_and_capacity_count_the_high_water_mark(
            String description,
            LicenceMetric metric,
            BigDecimal quantity,
            BigDecimal unit,
            BigDecimal overage,
            LocalDate from,
            LocalDate to,
            boolean nonProduction,
            String measurements,
            LocalDate asOf,
            Status status,
            LocalDate yearStart,
            LocalDate yearEnd,
            BigDecimal consumed,
            BigDecimal utilisation,
            BigDecimal shortfall,
            BigDecimal exposure,
            BigDecimal surplus,
            BigDecimal shelfware) {
        LicencePosition position = LicencePositionEngine.position(
                new EntitlementTerms(metric, quantity, unit, overage, from, to, nonProduction),
                usage(measurements),
                asOf);

        assertThat(position.status()).isEqualTo(status);
        assertThat(position.yearStart()).isEqualTo(yearStart);
        assertThat(position.yearEnd()).isEqualTo(yearEnd);
        assertThat(position.consumed()).isEqualByComparingTo(consumed);
        assertAmount(position.utilisation(), utilisation);
        assertAmount(position.shortfall(), shortfall);
        assertAmount(position.exposure(), exposure);
        assertAmount(position.surplus(), surplus);
        assertAmount(position.shelfware(), shelfware);
        assertThat(position.forecast()).isNull();
        assertThat(position.runsOutOn()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // case                                               | qty      | from       | to         | non-prod |
                // measurements                                                                                     | as
                // of      | status             | year start | year end   | consumed | util  | forecast | runs out   |
                // shortfall | exposure  | surplus | shelfware | fc. exposure
                "the year's sum; forecast within: projected shelfware   | 40000000 | 2026-01-01 | -          | false | P:2026-01-01..2026-01-31:3100000; P:2026-02-01..2026-02-28:2800000; P:2026-03-01..2026-03-31:3100000 | 2026-03-31 | WITHIN             | 2026-01-01 | 2026-12-31 | 9000000  | 22.5  | 36500000 | -          | 0 | 0.00     | 3500000 | 31500.00 | 0.00",
                "the run rate overshoots: forecast and the day it runs out| 40000000 | 2026-01-01 | -          | false | P:2026-01-01..2026-01-31:3720000; P:2026-02-01..2026-02-28:3360000; P:2026-03-01..2026-03-31:3720000 | 2026-03-31 | FORECAST_SHORTFALL | 2026-01-01 | 2026-12-31 | 10800000 | 27.0  | 43800000 | 2026-11-30 | 0 | 0.00     | 0       | 0.00     | 57000.00",
                "the run rate is over the days measured, not passed      | 40000000 | 2026-01-01 | -          | false | P:2026-01-01..2026-01-31:3720000; P:2026-02-01..2026-02-28:3360000; P:2026-03-01..2026-03-31:3720000 | 2026-04-20 | FORECAST_SHORTFALL | 2026-01-01 | 2026-12-31 | 10800000 | 27.0  | 43800000 | 2026-11-30 | 0 | 0.00     | 0       | 0.00     | 57000.00",
                "already short: the exposure is priced at overage       | 10000000 | 2026-01-01 | -          | false | P:2026-01-01..2026-01-31:3720000; P:2026-02-01..2026-02-28:3360000; P:2026-03-01..2026-03-31:3720000 | 2026-03-31 | SHORTFALL          | 2026-01-01 | 2026-12-31 | 10800000 | 108.0 | 43800000 | 2026-03-25 | 800000 | 12000.00 | 0  | 0.00     | 507000.00",
                "non-production volume does not count                   | 40000000 | 2026-01-01 | -          | false | P:2026-01-01..2026-01-31:3100000; T:2026-01-01..2026-01-31:9000000; DR:2026-01-01..2026-01-31:500000 | 2026-01-31 | WITHIN             | 2026-01-01 | 2026-12-31 | 3100000  | 7.8   | 36500000 | -          | 0 | 0.00     | 3500000 | 31500.00 | 0.00",
                "a period across the year start counts pro rata         | 40000000 | 2025-07-15 | -          | false | P:2026-07-01..2026-07-31:3100000                                                                 | 2026-07-31 | WITHIN             | 2026-07-15 | 2027-07-14 | 1700000  | 4.3   | 36500000 | -          | 0 | 0.00     | 3500000 | 31500.00 | 0.00",
                "a period past the date counts up to the date           | 40000000 | 2026-04-01 | -          | false | P:2026-04-01..2026-04-30:3000000                                                                 | 2026-04-10 | WITHIN             | 2026-04-01 | 2027-03-31 | 1000000  | 2.5   | 36500000 | -          | 0 | 0.00     | 3500000 | 31500.00 | 0.00",
                "a contract year with 29 February has 366 days          | 40000000 | 2027-06-01 | -          | false | P:2027-06-01..2027-06-30:3000000                                                                 | 2027-06-30 | WITHIN             | 2027-06-01 | 2028-05-31 | 3000000  | 7.5   | 36600000 | -          | 0 | 0.00     | 3400000 | 30600.00 | 0.00",
                "a short last year ends with the term                   | 40000000 | 2025-01-01 | 2026-06-30 | false | P:2026-01-01..2026-01-31:3100000; P:2026-02-01..2026-02-28:2800000; P:2026-03-01..2026-03-31:3100000 | 2026-03-31 | WITHIN             | 2026-01-01 | 2026-06-30 | 9000000  | 22.5  | 18100000 | -          | 0 | 0.00     | 21900000| 197100.00| 0.00",
                "no measurements: no forecast                           | 40000000 | 2026-01-01 | -          | false | -                                                                                                | 2026-03-31 | NOT_MEASURED       | 2026-01-01 | 2026-12-31 | 0        | -     | -        | -          | - | -        | -       | -        | -",
            })
    void volumes_add_up_over_the_contract_year_and_are_forecast(
            String description,
            BigDecimal quantity,
            LocalDate from,
            LocalDate to,
            boolean nonProduction,
            String measurements,
            LocalDate asOf,
            Status status,
            LocalDate yearStart,
            LocalDate yearEnd,
            BigDecimal consumed,
            BigDecimal utilisation,
            BigDecimal forecast,
            LocalDate runsOut,
            BigDecimal shortfall,
            BigDecimal exposure,
            BigDecimal surplus,
            BigDecimal shelfware,
            BigDecimal forecastExposure) {
        LicencePosition position = LicencePositionEngine.position(
                new EntitlementTerms(
                        LicenceMetric.DOCUMENTS_PER_YEAR,
                        quantity,
                        new BigDecimal("0.009"),
                        new BigDecimal("0.015"),
                        from,
                        to,
                        nonProduction),
                usage(measurements),
                asOf);

        assertThat(position.status()).isEqualTo(status);
        assertThat(position.yearStart()).isEqualTo(yearStart);
        assertThat(position.yearEnd()).isEqualTo(yearEnd);
        assertThat(position.consumed()).isEqualByComparingTo(consumed);
        assertAmount(position.utilisation(), utilisation);
        assertAmount(position.forecast(), forecast);
        assertThat(position.runsOutOn()).isEqualTo(runsOut);
        assertAmount(position.shortfall(), shortfall);
        assertAmount(position.exposure(), exposure);
        assertAmount(position.surplus(), surplus);
        assertAmount(position.shelfware(), shelfware);
        assertAmount(position.forecastExposure(), forecastExposure);
    }

    @Test
    void measurements_left_out_for_their_environment_are_counted_separately() {
        LicencePosition position = LicencePositionEngine.position(
                new EntitlementTerms(
                        LicenceMetric.NAMED_USER,
                        new BigDecimal("25"),
                        null,
                        null,
                        LocalDate.of(2026, 1, 1),
                        null,
                        false),
                usage("P:2026-02-01:14; T:2026-02-01:5; D:2026-03-01:2"),
                LocalDate.of(2026, 3, 15));

        assertThat(position.counted()).isEqualTo(1);
        assertThat(position.excluded()).isEqualTo(2);
        assertThat(position.peakOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(position.shelfware()).as("no unit price, no amount").isNull();
    }

    @Test
    void a_year_starting_mid_month_closes_the_old_sum_on_its_last_day() {
        EntitlementTerms terms = new EntitlementTerms(
                LicenceMetric.DOCUMENTS_PER_YEAR,
                new BigDecimal("40000000"),
                null,
                null,
                LocalDate.of(2025, 4, 7),
                null,
                false);
        UsageTimeline timeline = UsageTimelines.timeline(
                terms,
                usage("P:2026-03-01..2026-03-31:3100000; P:2026-04-01..2026-04-30:3000000"),
                LocalDate.of(2026, 5, 15));

        assertThat(timeline.consumed())
                .extracting(UsageTimeline.Point::day)
                .containsExactly(
                        LocalDate.of(2026, 3, 31),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 7),
                        LocalDate.of(2026, 4, 30));
        assertThat(timeline.consumed())
                .extracting(p -> p.value().longValue())
                .containsExactly(3_100_000L, 3_700_000L, 0L, 2_400_000L);
    }

    @Test
    void the_timeline_shows_the_running_sum_per_contract_year_and_the_forecast_to_year_end() {
        EntitlementTerms terms = new EntitlementTerms(
                LicenceMetric.DOCUMENTS_PER_YEAR,
                new BigDecimal("40000000"),
                null,
                null,
                LocalDate.of(2026, 2, 1),
                null,
                false);
        UsageTimeline timeline = UsageTimelines.timeline(
                terms,
                usage("P:2026-12-01..2026-12-31:3100000; P:2027-01-01..2027-01-31:3100000; "
                        + "P:2027-02-01..2027-02-28:2800000; T:2027-02-01..2027-02-28:1000000"),
                LocalDate.of(2027, 2, 28));

        assertThat(timeline.consumed())
                .extracting(UsageTimeline.Point::day)
                .containsExactly(
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 31),
                        LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 2, 28));
        assertThat(timeline.consumed())
                .extracting(p -> p.value().longValue())
                .containsExactly(3_100_000L, 6_200_000L, 0L, 2_800_000L);
        assertThat(timeline.forecast())
                .extracting(UsageTimeline.Point::day)
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 1, 31));
    }

    private static void assertAmount(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    static List<MeasuredUsage> usage(String measurements) {
        if (measurements == null) {
            return List.of();
        }
        return Arrays.stream(measurements.split(";"))
                .map(String::trim)
                .map(m -> {
                    String[] parts = m.split(":");
                    PlatformEnvironment environment = ENVIRONMENTS.get(parts[0]);
                    String[] days = parts[1].split("\\.\\.");
                    LocalDate from = LocalDate.parse(days[0]);
                    LocalDate to = days.length > 1 ? LocalDate.parse(days[1]) : from;
                    return new MeasuredUsage(environment, from, to, new BigDecimal(parts[2]));
                })
                .toList();
    }
}
