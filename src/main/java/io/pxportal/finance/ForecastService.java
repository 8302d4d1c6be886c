package io.pxportal.finance;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.contracts.RenewalDecisionView;
import io.pxportal.contracts.RenewalOutcome;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicencePosition;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    private static final int PAGE = 200;

    private final ContractService contracts;
    private final RenewalDecisionService decisions;
    private final EntitlementService entitlements;
    private final FinanceFigures figures;
    private final FinanceAccess access;
    private final Clock clock;

    ForecastService(
            ContractService contracts,
            RenewalDecisionService decisions,
            EntitlementService entitlements,
            FinanceFigures figures,
            FinanceAccess access,
            Clock clock) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.entitlements = entitlements;
        this.figures = figures;
        this.access = access;
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
                contractsToForecast(access.visiblePlatforms()),
                trueUps(settings.calendar(), today, span));
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
        List<ForecastContract> contracts = contractsToForecast(access.visiblePlatforms());
        List<TrueUpRisk> risks = trueUps(settings.calendar(), asOf, span);
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
            List<ForecastContract> inputs,
            List<TrueUpRisk> trueUps) {
        BigDecimal index = indexAssumption == null ? settings.indexAssumptionPercent() : indexAssumption;
        FiscalCalendar calendar = settings.calendar();
        // A scenario moves only the uplifts still to come; what is priced stays at the settings' assumption.
        BigDecimal priced = settings.indexAssumptionPercent();
        List<ForecastLine> base = ForecastEngine.forecast(inputs, calendar, today, span, index, priced);
        List<ForecastLine> low = ForecastEngine.forecast(inputs, calendar, today, span, index.subtract(SPREAD), priced);
        List<ForecastLine> high = ForecastEngine.forecast(inputs, calendar, today, span, index.add(SPREAD), priced);

        String currency = settings.reportingCurrency();
        FxTable rates = figures.rates();
        Map<String, YearMonth> rateMonths = new TreeMap<>();
        Function<Money, ReportingTotal> convert = money -> {
            Optional<YearMonth> month = rateMonths.containsKey(money.currency())
                    ? Optional.of(rateMonths.get(money.currency()))
                    : rates.latestMonth(money.currency(), currency, YearMonth.from(today));
            month.ifPresent(m -> rateMonths.put(money.currency(), m));
            return ReportingTotal.zero(currency).plus(rates, money, month.orElse(YearMonth.from(today)));
        };
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
        List<String> withoutValue = inputs.stream()
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
        return new Forecast(
                currency,
                index,
                SPREAD,
                result,
                base,
                trueUps,
                rateMonths,
                gaps,
                new Forecast.Coverage(today, forecast.size(), ending.size(), withoutValue, trueUps.size()));
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

    /** The contracts the user may see as the forecast takes them (with their ends); for the full-year outlook. */
    List<ForecastContract> visibleContracts() {
        return contractsToForecast(access.visiblePlatforms());
    }

    /** Every contract with its end: an exit decision ends it at the current term's end, as does a last term. */
    private List<ForecastContract> contractsToForecast(Set<Long> visible) {
        List<ForecastContract> result = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ContractView> batch =
                    contracts.page(ContractFilter.all(), PageRequest.of(page, PAGE, Sort.by("number", "id")));
            // Which contracts have a decision for their current term: one query for the page, so that only those
            // few are asked for the decision's outcome (one look-up per contract was most of the forecast's time).
            Map<Long, LocalDate> termEnds = new java.util.HashMap<>();
            batch.stream()
                    .filter(c -> c.schedule().state() != RenewalSchedule.State.ENDED
                            && c.schedule().termEnd() != null)
                    .forEach(c -> termEnds.put(c.id(), c.schedule().termEnd()));
            Set<Long> decided = termEnds.isEmpty() ? Set.of() : decisions.decided(termEnds);
            for (ContractView c : batch) {
                Long platformId =
                        c.draft().platformIds().stream().sorted().findFirst().orElse(null);
                if (visible != null && c.draft().platformIds().stream().noneMatch(visible::contains)) {
                    continue;
                }
                result.add(input(c, platformId, decided.contains(c.id())));
            }
            if (batch.size() < PAGE) {
                return result;
            }
        }
    }

    private ForecastContract input(ContractView c, Long platformId, boolean hasDecision) {
        RenewalSchedule schedule = c.schedule();
        LocalDate endsOn = null;
        ForecastContract.EndReason reason = null;
        Optional<RenewalOutcome> decided =
                !hasDecision ? Optional.empty() : decisions.current(c.id()).map(RenewalDecisionView::outcome);
        if (decided.filter(o -> o == RenewalOutcome.EXIT).isPresent()) {
            endsOn = schedule.termEnd();
            reason = ForecastContract.EndReason.EXIT_DECISION;
        } else if (schedule.nextRenewal() == null && decided.isEmpty()) {
            // Last term (or ended) and nobody decided to renew: the costs stop at its end.
            endsOn = schedule.termEnd();
            reason = ForecastContract.EndReason.LAST_TERM;
        }
        var d = c.draft();
        return new ForecastContract(
                c.id(),
                d.number(),
                platformId,
                d.vendorId(),
                d.start(),
                d.annualValue(),
                d.currency(),
                d.upliftType(),
                d.upliftPercent(),
                d.upliftIndex(),
                d.upliftCapPercent(),
                d.upliftFloorPercent(),
                endsOn,
                reason);
    }

    /** The true-up risks the user may see falling in the {@code span} fiscal years from the one of {@code today}. */
    List<TrueUpRisk> trueUps(FiscalCalendar calendar, LocalDate today, int span) {
        Set<Long> visible = access.visiblePlatforms();
        int last = calendar.fiscalYearOf(today) + span - 1;
        List<TrueUpRisk> risks = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<EntitlementView> batch =
                    entitlements.page(EntitlementFilter.all(), today, PageRequest.of(page, PAGE, Sort.by("id")));
            for (EntitlementView e : batch) {
                LicencePosition p = e.position();
                boolean volume = e.draft().metric().isVolume();
                BigDecimal amount = volume ? p.forecastExposure() : p.exposure();
                if (amount == null
                        || amount.signum() <= 0
                        || p.yearEnd() == null
                        || (visible != null && !visible.contains(e.draft().platformId()))) {
                    continue;
                }
                int fy = calendar.fiscalYearOf(p.yearEnd());
                if (fy <= last) {
                    risks.add(new TrueUpRisk(
                            e.id(),
                            e.draft().product(),
                            e.contract().number(),
                            e.draft().platformId(),
                            e.platform() == null ? null : e.platform().name(),
                            fy,
                            p.yearEnd(),
                            new Money(amount.setScale(2, java.math.RoundingMode.HALF_EVEN), e.currency()),
                            volume));
                }
            }
            if (batch.size() < PAGE) {
                return risks;
            }
        }
    }
}
