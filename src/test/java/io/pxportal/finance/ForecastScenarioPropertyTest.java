package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.contracts.UpliftType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index scenarios are monotone for any contracts: in every fiscal year and for every contract, index + 2 ≥ base ≥
 * index − 2, and an index clause's uplift stays within its cap and floor. Seeded random portfolios (the seed is the
 * case's name, so a failure can be replayed), with contracts starting before and after the forecast date, every
 * clause type, caps and floors either side of the assumption (a cap below the floor included), exits and fiscal
 * years starting in any month.
 */
class ForecastScenarioPropertyTest {

    private static final BigDecimal SPREAD = ForecastService.SPREAD;

    static Stream<Long> seeds() {
        return LongStream.range(0, 400).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_higher_index_never_costs_less_in_any_year(long seed) {
        Random random = new Random(seed);
        FiscalCalendar calendar = new FiscalCalendar(1 + random.nextInt(12));
        LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
        BigDecimal assumption = percent(random, -1, 9);
        int years = 1 + random.nextInt(10);
        List<ForecastContract> contracts = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
            contracts.add(contract(random, i, asOf));
        }

        Map<String, ForecastLine> low = byKey(
                ForecastEngine.forecast(contracts, calendar, asOf, years, assumption.subtract(SPREAD), assumption));
        Map<String, ForecastLine> base =
                byKey(ForecastEngine.forecast(contracts, calendar, asOf, years, assumption, assumption));
        Map<String, ForecastLine> high =
                byKey(ForecastEngine.forecast(contracts, calendar, asOf, years, assumption.add(SPREAD), assumption));

        assertThat(low.keySet()).isEqualTo(base.keySet()).isEqualTo(high.keySet());
        base.forEach((key, line) -> {
            assertThat(high.get(key).amount().amount())
                    .as("+2 ≥ base, %s", key)
                    .isGreaterThanOrEqualTo(line.amount().amount());
            assertThat(line.amount().amount())
                    .as("base ≥ −2, %s", key)
                    .isGreaterThanOrEqualTo(low.get(key).amount().amount());
        });
        for (Map<String, ForecastLine> scenario : List.of(low, base, high)) {
            scenario.values().forEach(ForecastScenarioPropertyTest::withinCapAndFloor);
        }
    }

    private static void withinCapAndFloor(ForecastLine line) {
        ForecastLine.Clause clause = line.clause();
        if (clause.type() != UpliftType.INDEX) {
            return;
        }
        if (clause.capPercent() != null) {
            assertThat(line.upliftApplied()).as("cap of %s", line.number()).isLessThanOrEqualTo(clause.capPercent());
        }
        if (clause.floorPercent() != null
                && (clause.capPercent() == null || clause.floorPercent().compareTo(clause.capPercent()) <= 0)) {
            assertThat(line.upliftApplied())
                    .as("floor of %s", line.number())
                    .isGreaterThanOrEqualTo(clause.floorPercent());
        }
    }

    private static Map<String, ForecastLine> byKey(List<ForecastLine> lines) {
        return lines.stream()
                .collect(Collectors.toMap(l -> l.contractId() + "/" + l.fiscalYear(), Function.identity()));
    }

    private static ForecastContract contract(Random random, int i, LocalDate asOf) {
        UpliftType type = UpliftType.values()[random.nextInt(UpliftType.values().length)];
        LocalDate start = asOf.minusDays(random.nextInt(3000)).plusDays(random.nextInt(400));
        BigDecimal cap = type == UpliftType.INDEX && random.nextBoolean() ? percent(random, 0, 10) : null;
        BigDecimal floor = type == UpliftType.INDEX && random.nextBoolean() ? percent(random, -2, 8) : null;
        LocalDate endsOn = random.nextInt(4) == 0 ? asOf.plusDays(random.nextInt(2000) - 200) : null;
        return new ForecastContract(
                (long) i,
                "C-" + i,
                1L,
                2L,
                start,
                BigDecimal.valueOf(1000 + random.nextInt(2_000_000), 2).multiply(BigDecimal.TEN.pow(random.nextInt(3))),
                "EUR",
                type,
                type == UpliftType.FIXED ? percent(random, -5, 12) : null,
                type == UpliftType.INDEX ? "HICP" : null,
                cap,
                floor,
                endsOn,
                endsOn == null ? null : ForecastContract.EndReason.EXIT_DECISION);
    }

    /** A percentage with up to three decimals between {@code from} and {@code to}. */
    private static BigDecimal percent(Random random, int from, int to) {
        return BigDecimal.valueOf(from * 1000L + random.nextInt((to - from) * 1000 + 1), 3);
    }
}
