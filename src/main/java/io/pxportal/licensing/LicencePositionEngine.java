package io.pxportal.licensing;

import io.pxportal.licensing.LicencePosition.Status;
import io.pxportal.portfolio.PlatformEnvironment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Derives an entitlement's effective licence position on any date from its terms and its measurements.
 *
 * <p>Rules: the contract years are those of {@link ContractYear}; a date after the term is judged on the term's last
 * day. Only production counts unless the entitlement says non-production (test, development, DR) counts too. Seats and
 * capacity: at each measured day the environments' latest counts in the year add up; the highest total is
 * consumed. Volumes: measurements add up over the year to the date, a period that crosses the year start or the
 * date counted pro rata by days; the run rate is the sum over the days from the year start to the last day
 * measured (a monthly report arrives after its month, so dividing by the days passed would understate it), and it
 * gives the year-end forecast and the day the entitlement runs out. Shortfall is priced at the overage price (at
 * the unit price when none was agreed — an audit prices a gap at list); surplus at the unit price.
 *
 * <p>A position is made in two steps: what the year's measurements amount to ({@link UsageSummary}: the peak, or
 * the exact sum and the last day covered), then the figures from that. Lists take the first step in the database
 * for a whole page at once ({@link UsageSummaries}); a single position or a test takes it here. The chart's
 * consumption over time follows the same rules ({@link UsageTimelines}).
 */
public final class LicencePositionEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LicencePositionEngine() {}

    public static LicencePosition position(EntitlementTerms terms, List<MeasuredUsage> usage, LocalDate asOf) {
        ContractYear year = ContractYear.judged(terms, asOf);
        return position(terms, year, year.started() ? summarise(terms, year, usage) : UsageSummary.NONE);
    }

    /**
     * What the measurements overlapping the year up to the day judged amount to: seats and capacity — at each
     * measured day the environments' latest counts add up, the highest total and the first day it was reached;
     * volumes — the periods' sum, a period crossing the year start or the day counted pro rata by days.
     */
    static UsageSummary summarise(EntitlementTerms terms, ContractYear year, List<MeasuredUsage> usage) {
        List<MeasuredUsage> inYear = usage.stream()
                .filter(m -> !m.from().isAfter(year.day()) && !m.to().isBefore(year.start()))
                .toList();
        List<MeasuredUsage> counted =
                inYear.stream().filter(m -> counts(terms, m.environment())).toList();
        int excluded = inYear.size() - counted.size();
        if (terms.metric().isVolume()) {
            BigDecimal exact = BigDecimal.ZERO;
            LocalDate through = null;
            for (MeasuredUsage m : counted) {
                LocalDate from = m.from().isBefore(year.start()) ? year.start() : m.from();
                LocalDate to = m.to().isAfter(year.day()) ? year.day() : m.to();
                exact = exact.add(UsageSummary.share(m.quantity(), m.from(), m.to(), from, to));
                through = through == null || to.isAfter(through) ? to : through;
            }
            return new UsageSummary(counted.size(), excluded, BigDecimal.ZERO, null, exact, through);
        }
        BigDecimal peak = BigDecimal.ZERO;
        LocalDate peakOn = null;
        for (LocalDate day :
                new TreeSet<>(counted.stream().map(MeasuredUsage::from).toList())) {
            BigDecimal total = total(counted, day);
            if (total.compareTo(peak) > 0 || peakOn == null) {
                peak = total;
                peakOn = day;
            }
        }
        return new UsageSummary(counted.size(), excluded, peak, peakOn, BigDecimal.ZERO, null);
    }

    /** The position in a contract year from what its measurements amount to. */
    static LicencePosition position(EntitlementTerms terms, ContractYear year, UsageSummary usage) {
        if (!year.started()) {
            return new LicencePosition(
                    year.asOf(),
                    Status.NOT_STARTED,
                    1,
                    year.start(),
                    year.end(),
                    terms.quantity(),
                    BigDecimal.ZERO,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    0);
        }
        return terms.metric().isVolume() ? volume(terms, year, usage) : seats(terms, year, usage);
    }

    private static LicencePosition seats(EntitlementTerms terms, ContractYear year, UsageSummary usage) {
        BigDecimal entitled = terms.quantity();
        BigDecimal peak = usage.peak();
        if (terms.metric().isUnlimited()) {
            return result(
                    year,
                    usage,
                    Status.UNLIMITED,
                    null,
                    peak,
                    BigDecimal.ZERO,
                    money(BigDecimal.ZERO),
                    null,
                    null,
                    null,
                    null,
                    null,
                    usage.peakOn(),
                    null);
        }
        if (usage.counted() == 0) {
            return notMeasured(year, usage, entitled);
        }
        BigDecimal shortfall = positive(peak.subtract(entitled));
        BigDecimal surplus = positive(entitled.subtract(peak));
        return result(
                year,
                usage,
                shortfall.signum() > 0 ? Status.SHORTFALL : Status.WITHIN,
                entitled,
                peak,
                shortfall,
                overage(terms, shortfall),
                surplus,
                priced(surplus, terms.unitPrice()),
                null,
                null,
                null,
                usage.peakOn(),
                null);
    }

    private static LicencePosition volume(EntitlementTerms terms, ContractYear year, UsageSummary usage) {
        BigDecimal entitled = terms.quantity();
        if (usage.counted() == 0) {
            return notMeasured(year, usage, entitled);
        }
        BigDecimal exact = usage.volume();
        LocalDate through = usage.through();
        long daysMeasured = ChronoUnit.DAYS.between(year.start(), through) + 1;
        long daysInYear = ChronoUnit.DAYS.between(year.start(), year.end()) + 1;
        BigDecimal consumed = exact.setScale(0, RoundingMode.HALF_UP);
        BigDecimal forecast = exact.multiply(BigDecimal.valueOf(daysInYear))
                .divide(BigDecimal.valueOf(daysMeasured), 0, RoundingMode.HALF_UP);
        LocalDate runsOut = null;
        if (exact.signum() > 0) {
            // The n-th day of the year is the first on which n × rate reaches the entitlement.
            long n = Math.max(
                    1,
                    entitled.multiply(BigDecimal.valueOf(daysMeasured))
                            .divide(exact, 0, RoundingMode.CEILING)
                            .longValueExact());
            runsOut = n > daysInYear ? null : year.start().plusDays(n - 1);
        }
        BigDecimal shortfall = positive(consumed.subtract(entitled));
        BigDecimal surplus = positive(entitled.subtract(forecast));
        BigDecimal overForecast = positive(forecast.subtract(entitled));
        Status status = shortfall.signum() > 0
                ? Status.SHORTFALL
                : overForecast.signum() > 0 ? Status.FORECAST_SHORTFALL : Status.WITHIN;
        return result(
                year,
                usage,
                status,
                entitled,
                consumed,
                shortfall,
                overage(terms, shortfall),
                surplus,
                priced(surplus, terms.unitPrice()),
                forecast,
                overage(terms, overForecast),
                runsOut,
                null,
                through);
    }

    private static LicencePosition notMeasured(ContractYear year, UsageSummary usage, BigDecimal entitled) {
        return result(
                year,
                usage,
                Status.NOT_MEASURED,
                entitled,
                BigDecimal.ZERO,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static LicencePosition result(
            ContractYear year,
            UsageSummary usage,
            Status status,
            BigDecimal entitled,
            BigDecimal consumed,
            BigDecimal shortfall,
            BigDecimal exposure,
            BigDecimal surplus,
            BigDecimal shelfware,
            BigDecimal forecast,
            BigDecimal forecastExposure,
            LocalDate runsOut,
            LocalDate peakOn,
            LocalDate through) {
        BigDecimal utilisation = entitled == null || entitled.signum() == 0 || status == Status.NOT_MEASURED
                ? null
                : consumed.multiply(HUNDRED).divide(entitled, 1, RoundingMode.HALF_UP);
        return new LicencePosition(
                year.asOf(),
                status,
                year.index() + 1,
                year.start(),
                year.end(),
                entitled,
                consumed,
                utilisation,
                shortfall,
                exposure,
                surplus,
                shelfware,
                forecast,
                forecastExposure,
                runsOut,
                peakOn,
                through,
                usage.counted(),
                usage.excluded());
    }

    /** The total in use on a day: each environment's latest count in the day's contract year, added up. */
    static BigDecimal total(List<MeasuredUsage> counted, LocalDate day) {
        Map<PlatformEnvironment, MeasuredUsage> latest = new EnumMap<>(PlatformEnvironment.class);
        for (MeasuredUsage m : counted) {
            if (!m.from().isAfter(day)) {
                latest.merge(m.environment(), m, (a, b) -> b.from().isAfter(a.from()) ? b : a);
            }
        }
        return latest.values().stream().map(MeasuredUsage::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Production counts; the other environments only when the entitlement says non-production counts too. */
    static boolean counts(EntitlementTerms terms, PlatformEnvironment environment) {
        return environment == PlatformEnvironment.PRODUCTION || terms.nonProductionCounts();
    }

    private static BigDecimal overage(EntitlementTerms terms, BigDecimal quantity) {
        return priced(quantity, terms.overagePrice() != null ? terms.overagePrice() : terms.unitPrice());
    }

    private static BigDecimal priced(BigDecimal quantity, BigDecimal price) {
        return price == null ? null : money(quantity.multiply(price));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value.signum() > 0 ? value : BigDecimal.ZERO;
    }
}
