package io.pxportal.finance;

import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.MeasurementView;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformEnvironment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Production communications per platform and month, from the licensing module's volume measurements of
 * communications and documents (one document is one communication; pages are not communications). A volume
 * measured over a period is spread over its months by days; only the production environment counts.
 */
@Component
class ProductionVolumes {

    static final List<LicenceMetric> METRICS =
            List.of(LicenceMetric.COMMUNICATIONS_PER_YEAR, LicenceMetric.DOCUMENTS_PER_YEAR);
    private static final int PAGE = 500;
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    private final EntitlementService entitlements;
    private final UsageService usage;

    ProductionVolumes(EntitlementService entitlements, UsageService usage) {
        this.entitlements = entitlements;
        this.usage = usage;
    }

    /** Platform id → month → communications. */
    Map<Long, Map<YearMonth, BigDecimal>> byPlatformAndMonth(LocalDate asOf) {
        Map<Long, Map<YearMonth, BigDecimal>> result = new HashMap<>();
        for (LicenceMetric metric : METRICS) {
            for (int page = 0; ; page++) {
                List<EntitlementView> batch = entitlements.page(
                        new EntitlementFilter(null, null, metric, null),
                        asOf,
                        PageRequest.of(page, PAGE, Sort.by("id")));
                for (EntitlementView e : batch) {
                    Map<YearMonth, BigDecimal> months =
                            result.computeIfAbsent(e.draft().platformId(), p -> new TreeMap<>());
                    measurements(e.id()).stream()
                            .filter(m -> m.environment() == PlatformEnvironment.PRODUCTION)
                            .forEach(m -> spread(m, months));
                }
                if (batch.size() < PAGE) {
                    break;
                }
            }
        }
        return result;
    }

    private List<MeasurementView> measurements(Long entitlementId) {
        List<MeasurementView> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<MeasurementView> batch =
                    usage.measurements(entitlementId, PageRequest.of(page, PAGE, Sort.by("from", "id")));
            all.addAll(batch);
            if (batch.size() < PAGE) {
                return all;
            }
        }
    }

    /** Spreads a volume over the months of its period, by days. */
    static void spread(MeasurementView m, Map<YearMonth, BigDecimal> months) {
        LocalDate to = m.to() == null ? m.from() : m.to();
        long days = ChronoUnit.DAYS.between(m.from(), to) + 1;
        for (YearMonth month = YearMonth.from(m.from());
                !month.isAfter(YearMonth.from(to));
                month = month.plusMonths(1)) {
            LocalDate from = month.atDay(1).isBefore(m.from()) ? m.from() : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            BigDecimal share = m.quantity()
                    .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, end) + 1))
                    .divide(BigDecimal.valueOf(days), PRECISION);
            months.merge(month, share, BigDecimal::add);
        }
    }
}
