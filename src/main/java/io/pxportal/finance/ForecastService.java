package io.pxportal.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast of recurring contract costs for the next fiscal years ({@link ForecastEngine}) with the renewal
 * decisions taken into account, the true-up risk from the licence positions, and the index scenario: the
 * assumption chosen (the settings' by default) and the fan of ± {@link #SPREAD} percentage points around it.
 */
@Service
@Transactional(readOnly = true)
public class ForecastService {

    /** The fan: the index assumption minus and plus this many percentage points. */
    public static final BigDecimal SPREAD = new BigDecimal("2");

    private final ForecastInputs inputs;
    private final FinanceFigures figures;
    private final Clock clock;

    ForecastService(ForecastInputs inputs, FinanceFigures figures, Clock clock) {
        this.inputs = inputs;
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * The {@code years} fiscal years from the current one (3 or 5, up to 10) at the given index assumption
     * (null: the settings').
     */
    @PreAuthorize("isAuthenticated()")
    public Forecast forecast(int years, BigDecimal indexAssumption) {
        int span = span(years);
        FinanceSettings settings = figures.settings();
        LocalDate today = LocalDate.now(clock);
        return forecast(
                settings,
                span,
                indexAssumption,
                today,
                inputs.visibleContracts(),
                inputs.trueUps(settings.calendar(), today, span));
    }

    /**
     * The forecast of each platform's contracts (those the forecast attributes to it: a contract's first platform)
     * from the fiscal year containing {@code asOf}, at the settings' index assumption: what a steering review of
     * that day sees. The contracts and licence positions are read once for all the platforms. Package-private: the
     * budget agenda calls it as the system user.
     */
    Map<Long, Forecast> forecastsOf(Set<Long> platformIds, int years, LocalDate asOf) {
        int span = span(years);
        FinanceSettings settings = figures.settings();
        List<ForecastContract> contracts = inputs.visibleContracts();
        List<TrueUpRisk> risks = inputs.trueUps(settings.calendar(), asOf, span);
        Map<Long, Forecast> forecasts = new java.util.HashMap<>();
        for (Long platformId : platformIds) {
            forecasts.put(
                    platformId,
                    forecast(
                            settings,
                            span,
                            null,
                            asOf,
                            contracts.stream()
                                    .filter(c -> platformId.equals(c.platformId()))
                                    .toList(),
                            risks.stream()
                                    .filter(r -> platformId.equals(r.platformId()))
                                    .toList()));
        }
        return forecasts;
    }

    private static int span(int years) {
        return Math.max(1, Math.min(years, 10));
    }

    private Forecast forecast(
            FinanceSettings settings,
            int span,
            BigDecimal indexAssumption,
            LocalDate today,
            List<ForecastContract> contracts,
            List<TrueUpRisk> trueUps) {
        BigDecimal index = indexAssumption == null ? settings.indexAssumptionPercent() : indexAssumption;
        FiscalCalendar calendar = settings.calendar();
        // A scenario moves only the uplifts still to come; what is priced stays at the settings' assumption.
        BigDecimal priced = settings.indexAssumptionPercent();
        List<ForecastLine> base = ForecastEngine.forecast(contracts, calendar, today, span, index, priced);
        List<ForecastLine> low =
                ForecastEngine.forecast(contracts, calendar, today, span, index.subtract(SPREAD), priced);
        List<ForecastLine> high = ForecastEngine.forecast(contracts, calendar, today, span, index.add(SPREAD), priced);

        String currency = settings.reportingCurrency();
        Map<String, YearMonth> rateMonths = new TreeMap<>();
        Function<Money, ReportingTotal> convert = converter(currency, YearMonth.from(today), rateMonths);
        int first = calendar.fiscalYearOf(today);
        List<ForecastYear> result = new ArrayList<>();
        Set<RateGap> gaps = new TreeSet<>();
        for (int fy = first; fy < first + span; fy++) {
            ForecastYear year = new ForecastYear(
                    fy,
                    calendar.label(fy),
                    total(low, fy, convert, currency),
                    total(base, fy, convert, currency),
                    total(high, fy, convert, currency),
                    trueUpTotal(trueUps, fy, convert, currency));
            gaps.addAll(year.base().gaps());
            gaps.addAll(year.trueUpRisk().gaps());
            result.add(year);
        }
        rateMonths.keySet().removeIf(c -> c.equals(currency));
        return new Forecast(
                currency,
                index,
                SPREAD,
                result,
                base,
                trueUps,
                rateMonths,
                gaps,
                coverage(today, contracts, base, trueUps));
    }

    /**
     * Converts to the reporting currency at the latest rate known in {@code thisMonth}, noting in
     * {@code rateMonths} the month each currency's rate is of (looked up once per currency).
     */
    private Function<Money, ReportingTotal> converter(
            String currency, YearMonth thisMonth, Map<String, YearMonth> rateMonths) {
        FxTable rates = figures.rates();
        return money -> {
            Optional<YearMonth> month = rateMonths.containsKey(money.currency())
                    ? Optional.of(rateMonths.get(money.currency()))
                    : rates.latestMonth(money.currency(), currency, thisMonth);
            month.ifPresent(m -> rateMonths.put(money.currency(), m));
            return ReportingTotal.zero(currency).plus(rates, money, month.orElse(thisMonth));
        };
    }

    /** How much of the portfolio the forecast covers: contracts forecast and ending, those without a value. */
    private static Forecast.Coverage coverage(
            LocalDate today, List<ForecastContract> contracts, List<ForecastLine> base, List<TrueUpRisk> trueUps) {
        List<String> withoutValue = contracts.stream()
                .filter(c -> c.annualValue() == null || c.annualValue().signum() == 0)
                .map(ForecastContract::number)
                .sorted()
                .toList();
        Set<Long> forecast = new TreeSet<>();
        Set<Long> ending = new TreeSet<>();
        base.forEach(l -> {
            forecast.add(l.contractId());
            if (l.endsOn() != null) {
                ending.add(l.contractId());
            }
        });
        return new Forecast.Coverage(today, forecast.size(), ending.size(), withoutValue, trueUps.size());
    }

    private static ReportingTotal total(
            List<ForecastLine> lines, int fy, Function<Money, ReportingTotal> convert, String currency) {
        return lines.stream()
                .filter(l -> l.fiscalYear() == fy)
                .map(l -> convert.apply(l.amount()))
                .reduce(ReportingTotal.zero(currency), ReportingTotal::plus);
    }

    private static ReportingTotal trueUpTotal(
            List<TrueUpRisk> risks, int fy, Function<Money, ReportingTotal> convert, String currency) {
        return risks.stream()
                .filter(r -> r.fiscalYear() == fy)
                .map(r -> convert.apply(r.amount()))
                .reduce(ReportingTotal.zero(currency), ReportingTotal::plus);
    }
}
