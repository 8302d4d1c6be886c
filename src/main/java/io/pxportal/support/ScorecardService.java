package io.pxportal.support;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.pulse.PulseScoreSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor scorecard per quarter: response and resolution compliance (floor 80 %, target 98 / 95 %), uptime
 * (floor 99.5 %, target 99.9 %, usual CCM SaaS terms), credits earned as a share of the fees (floor 10 %, target 0),
 * aged backlog — open tickets older than 30 days (floor 10, target 0, current quarter only) — and the PO survey: the
 * pulse score on vendor support of the vendor's platforms ({@link PulseScoreSource}, scored by the experience
 * module's formula and only from platforms at or above the survey's anonymity threshold), averaged over their
 * answers. Weights 25/25/20/10/10/10. Everyone logged in reads.
 */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    static final int AGED_DAYS = 30;

    private final ComplianceService compliance;
    private final AvailabilityService availability;
    private final CreditService credits;
    private final SupportDirectory directory;
    private final ObjectProvider<PulseScoreSource> pulse;
    private final Clock clock;

    ScorecardService(
            ComplianceService compliance,
            AvailabilityService availability,
            CreditService credits,
            SupportDirectory directory,
            ObjectProvider<PulseScoreSource> pulse,
            Clock clock) {
        this.pulse = pulse;
        this.compliance = compliance;
        this.availability = availability;
        this.credits = credits;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every vendor with tickets or uptime in the quarter that starts with {@code firstMonth}. */
    @PreAuthorize("isAuthenticated()")
    public List<VendorScorecard> quarter(YearMonth firstMonth) {
        YearMonth last = firstMonth.plusMonths(2);
        boolean current = !YearMonth.now(clock).isAfter(last);
        Map<Long, PlatformDetails> platforms = directory.platforms();
        Map<String, ComplianceRow> byVendor =
                compliance.compliance(firstMonth, last, ComplianceDimension.VENDOR).stream()
                        .collect(Collectors.toMap(ComplianceRow::key, r -> r));
        Map<Long, List<BigDecimal>> uptime = new LinkedHashMap<>();
        for (MonthlyUptime m : availability.uptime(firstMonth, last)) {
            PlatformDetails p = platforms.get(m.platformId());
            if (p != null && p.vendor() != null && m.target() != null) {
                uptime.computeIfAbsent(p.vendor().id(), v -> new ArrayList<>()).add(m.uptimePercent());
            }
        }
        Map<String, BigDecimal[]> creditShare = new LinkedHashMap<>();
        for (CreditView c : credits.credits(firstMonth, last)) {
            BigDecimal[] sum = creditShare.computeIfAbsent(c.vendor(), v -> new BigDecimal[] {BigDecimal.ZERO});
            sum[0] = sum[0].add(c.assessment().cappedPercent());
        }
        Map<Long, Long> aged = current ? compliance.agedBacklogByVendor(AGED_DAYS) : Map.of();
        Map<Long, String> vendors = new LinkedHashMap<>();
        platforms.values().stream()
                .filter(p -> p.vendor() != null)
                .forEach(p -> vendors.putIfAbsent(p.vendor().id(), p.vendor().name()));
        Map<Long, BigDecimal> survey = survey(platforms, firstMonth);
        List<VendorScorecard> cards = new ArrayList<>();
        String period = firstMonth.getYear() + "-Q" + ((firstMonth.getMonthValue() - 1) / 3 + 1);
        vendors.forEach((id, name) -> {
            ComplianceRow row = byVendor.get(String.valueOf(id));
            List<BigDecimal> ups = uptime.get(id);
            if (row == null && ups == null) {
                return;
            }
            BigDecimal avgUptime = ups == null
                    ? null
                    : ups.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(ups.size()), 3, RoundingMode.HALF_UP);
            // credits: the months' capped shares averaged over the quarter's three months
            BigDecimal credit = creditShare.getOrDefault(name, new BigDecimal[] {BigDecimal.ZERO})[0].divide(
                    BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
            List<ScoreMetric> metrics = List.of(
                    ScoreMetric.of(
                            "support.score.response", row == null ? null : row.responsePercent(), "80", "98", 25),
                    ScoreMetric.of(
                            "support.score.resolution", row == null ? null : row.resolutionPercent(), "80", "95", 25),
                    ScoreMetric.of("support.score.uptime", avgUptime, "99.5", "99.9", 20),
                    ScoreMetric.of("support.score.credits", credit, "10", "0", 10),
                    ScoreMetric.of(
                            "support.score.backlog",
                            current ? BigDecimal.valueOf(aged.getOrDefault(id, 0L)) : null,
                            "10",
                            "0",
                            10),
                    ScoreMetric.of("support.score.survey", survey.get(id), "0", "100", 10));
            cards.add(new VendorScorecard(id, name, period, metrics));
        });
        return cards;
    }

    /**
     * Per vendor, the pulse score of its platforms that reached the anonymity threshold in the quarter, each weighted
     * by its number of answers (one decimal); vendors without such a platform have none.
     */
    private Map<Long, BigDecimal> survey(Map<Long, PlatformDetails> platforms, YearMonth firstMonth) {
        PulseScoreSource source = pulse.getIfAvailable();
        if (source == null) {
            return Map.of();
        }
        Map<Long, BigDecimal[]> sums = new LinkedHashMap<>();
        source.supportScores(platforms.keySet(), firstMonth).forEach((platformId, score) -> {
            PlatformDetails p = platforms.get(platformId);
            if (p != null && p.vendor() != null && score.responses() > 0) {
                BigDecimal[] sum =
                        sums.computeIfAbsent(p.vendor().id(), v -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(score.score().multiply(BigDecimal.valueOf(score.responses())));
                sum[1] = sum[1].add(BigDecimal.valueOf(score.responses()));
            }
        });
        Map<Long, BigDecimal> survey = new LinkedHashMap<>();
        sums.forEach((vendor, sum) -> survey.put(vendor, sum[0].divide(sum[1], 1, RoundingMode.HALF_UP)));
        return survey;
    }

    /** The last {@code quarters} quarters' scorecards, oldest first, for the trend and the comparison. */
    @PreAuthorize("isAuthenticated()")
    public List<VendorScorecard> trend(int quarters) {
        YearMonth now = YearMonth.now(clock);
        YearMonth start = now.minusMonths((now.getMonthValue() - 1) % 3);
        List<VendorScorecard> all = new ArrayList<>();
        for (int q = quarters - 1; q >= 0; q--) {
            all.addAll(quarter(start.minusMonths(3L * q)));
        }
        return all;
    }
}
