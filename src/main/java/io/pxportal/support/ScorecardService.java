package io.pxportal.support;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.metric.Scoring;
import io.pxportal.shared.metric.WeightedMean;
import io.pxportal.shared.pulse.PulseScoreSource;
import io.pxportal.shared.pulse.PulseScoreSource.PulseScore;
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
 * The vendor scorecard per quarter: response and resolution compliance, uptime, credits earned as a share of the
 * fees, aged backlog — open tickets older than 30 days (current quarter only) — and the PO survey: the pulse score
 * on vendor support of the vendor's platforms ({@link PulseScoreSource}, only from platforms at or above the
 * survey's anonymity threshold), averaged over their answers. Floors, targets and weights are
 * {@link ScorecardMetric}'s; the scores are the shared kernel's formula, as the experience scores'. Everyone logged
 * in reads.
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
                    ScorecardMetric.RESPONSE.measured(row == null ? null : row.responsePercent()),
                    ScorecardMetric.RESOLUTION.measured(row == null ? null : row.resolutionPercent()),
                    ScorecardMetric.UPTIME.measured(avgUptime),
                    ScorecardMetric.CREDITS.measured(credit),
                    ScorecardMetric.BACKLOG.measured(current ? BigDecimal.valueOf(aged.getOrDefault(id, 0L)) : null),
                    ScorecardMetric.SURVEY.measured(survey.get(id)));
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
        Map<Long, List<PulseScore>> byVendor = new LinkedHashMap<>();
        source.supportScores(platforms.keySet(), firstMonth).forEach((platformId, score) -> {
            PlatformDetails p = platforms.get(platformId);
            if (p != null && p.vendor() != null && score.responses() > 0) {
                byVendor.computeIfAbsent(p.vendor().id(), v -> new ArrayList<>())
                        .add(score);
            }
        });
        Map<Long, BigDecimal> survey = new LinkedHashMap<>();
        byVendor.forEach((vendor, scores) -> survey.put(
                vendor,
                Scoring.round(WeightedMean.of(scores, s -> BigDecimal.valueOf(s.responses()), PulseScore::score)
                        .value())));
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
