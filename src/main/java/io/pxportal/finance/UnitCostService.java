package io.pxportal.finance;

import io.pxportal.portfolio.PlatformDetails;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost per communication per platform and period: actual spend of the platform (every category) in the reporting
 * currency / production communications in the same period (docs/scoring.md, "Cost per communication"), shown per
 * 1,000 communications.
 */
@Service
@Transactional(readOnly = true)
public class UnitCostService {

    /** Costs per communication are cents and fractions of them: four decimals. */
    public static final int SCALE = 4;
    /** What people read: the cost of 1,000 communications, in cents like any amount. */
    public static final BigDecimal PER = BigDecimal.valueOf(1000);

    private final FinanceFigures figures;
    private final ProductionVolumes volumes;
    private final Clock clock;

    UnitCostService(FinanceFigures figures, ProductionVolumes volumes, Clock clock) {
        this.figures = figures;
        this.volumes = volumes;
        this.clock = clock;
    }

    /** Spend × 1,000 / communications, to the cent (half-even); none without communications. */
    static BigDecimal perThousand(BigDecimal spend, BigDecimal communications) {
        return communications.signum() == 0
                ? null
                : spend.multiply(PER).divide(communications, 2, RoundingMode.HALF_EVEN);
    }

    /**
     * Per platform the user may see, for the {@code years} fiscal years up to the current one: one row per fiscal
     * year, or per fiscal quarter when {@code quarterly}; oldest first.
     */
    @PreAuthorize("isAuthenticated()")
    public List<UnitCost> costPerCommunication(int years, boolean quarterly) {
        FinanceSettings settings = figures.settings();
        FiscalCalendar calendar = settings.calendar();
        LocalDate today = LocalDate.now(clock);
        int last = calendar.fiscalYearOf(today);
        int first = last - years + 1;
        String currency = settings.reportingCurrency();
        Map<Long, PlatformDetails> platforms = figures.platforms();
        Map<Long, Map<YearMonth, BigDecimal>> communications = volumes.byPlatformAndMonth(today);
        Map<Long, Map<YearMonth, ReportingTally>> spend = new java.util.HashMap<>();
        for (FinanceFigures.Converted sum :
                figures.converted(calendar.firstMonth(first), calendar.lastMonth(last), false)) {
            if (sum.sum().kind() == CostKind.ACTUAL) {
                spend.computeIfAbsent(sum.sum().platformId(), p -> new java.util.HashMap<>())
                        .computeIfAbsent(YearMonth.from(sum.sum().month()), m -> new ReportingTally())
                        .add(sum);
            }
        }
        List<UnitCost> rows = new ArrayList<>();
        for (PlatformDetails platform : platforms.values()) {
            for (int fy = first; fy <= last; fy++) {
                for (int q = quarterly ? 1 : 0; q <= (quarterly ? 4 : 0); q++) {
                    YearMonth from =
                            quarterly ? calendar.firstMonth(fy).plusMonths(3L * (q - 1)) : calendar.firstMonth(fy);
                    YearMonth to = quarterly ? from.plusMonths(2) : calendar.lastMonth(fy);
                    if (from.isAfter(YearMonth.from(today))) {
                        continue;
                    }
                    ReportingTally tally = new ReportingTally();
                    BigDecimal volume = BigDecimal.ZERO;
                    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                        ReportingTally month =
                                spend.getOrDefault(platform.id(), Map.of()).get(m);
                        if (month != null) {
                            tally.add(month);
                        }
                        volume = volume.add(communications
                                .getOrDefault(platform.id(), Map.of())
                                .getOrDefault(m, BigDecimal.ZERO));
                    }
                    ReportingTotal cost = tally.total(currency);
                    BigDecimal count = volume.setScale(0, RoundingMode.HALF_EVEN);
                    rows.add(new UnitCost(
                            platform.id(),
                            platform.name(),
                            fy,
                            quarterly ? q : null,
                            quarterly ? calendar.label(fy) + " Q" + q : calendar.label(fy),
                            cost,
                            count,
                            count.signum() == 0 ? null : cost.amount().divide(count, SCALE, RoundingMode.HALF_EVEN),
                            perThousand(cost.amount(), count)));
                }
            }
        }
        return rows;
    }
}
