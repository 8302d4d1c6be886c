package io.pxportal.licensing;

import io.pxportal.licensing.LicencePosition.Status;
import io.pxportal.shared.metric.AllPeriodsMetricSource;
import io.pxportal.shared.metric.DerivedValue;
import io.pxportal.shared.metric.Evidence;
import io.pxportal.shared.metric.MetricPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PX metrics licensing knows, from each entitlement's position at the end of the period (today, for the
 * current quarter), over the entitlements whose term overlaps the period:
 *
 * <ul>
 *   <li>{@code px.usage-coverage}: entitlements with measured usage / entitlements that can be measured
 *       (started, not enterprise-unlimited) × 100;</li>
 *   <li>{@code px.compliance-exposure} and {@code px.shelfware}: exposure (shelfware) as a percentage of the
 *       entitled value (quantity × unit price) of the measured, priced entitlements — per currency, then the
 *       mean over the platform's currencies, so amounts in different currencies are never added.</li>
 * </ul>
 * A platform with nothing to count has no value.
 */
@Component
@Transactional(readOnly = true)
class LicensingMetrics extends AllPeriodsMetricSource {

    static final String USAGE_COVERAGE = "px.usage-coverage";
    static final String COMPLIANCE_EXPOSURE = "px.compliance-exposure";
    static final String SHELFWARE = "px.shelfware";
    private static final Set<Status> MEASURED = EnumSet.of(Status.WITHIN, Status.FORECAST_SHORTFALL, Status.SHORTFALL);
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntitlementRepository entitlements;
    private final LicencePositions positions;

    LicensingMetrics(EntitlementRepository entitlements, LicencePositions positions) {
        this.entitlements = entitlements;
        this.positions = positions;
    }

    @Override
    public Set<String> metricCodes() {
        return Set.of(USAGE_COVERAGE, COMPLIANCE_EXPOSURE, SHELFWARE);
    }

    /**
     * Every period's positions from one reading: the entitlements, their contracts and platforms once, and the usage
     * of every entitlement at the end of every period in one query.
     */
    @Override
    public Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> values(
            Set<String> metricCodes, Collection<Long> platformIds, List<MetricPeriod> periods) {
        Set<Long> wanted = Set.copyOf(platformIds);
        List<Entitlement> lines = wanted.isEmpty()
                ? List.of()
                : entitlements.findAll(
                        (root, query, cb) -> root.get("platformId").in(wanted));
        Map<LocalDate, List<EntitlementView>> byDay = positions.views(
                lines, periods.stream().map(MetricPeriod::to).distinct().toList());
        Map<MetricPeriod, Map<String, Map<Long, DerivedValue>>> result = new LinkedHashMap<>();
        for (MetricPeriod period : periods) {
            result.put(period, values(metricCodes, byDay.get(period.to()), period.from()));
        }
        return result;
    }

    private static Map<String, Map<Long, DerivedValue>> values(
            Set<String> metricCodes, List<EntitlementView> atEnd, LocalDate from) {
        Map<Long, List<EntitlementView>> byPlatform = atEnd.stream()
                .filter(v -> v.termTo() == null || !v.termTo().isBefore(from))
                .filter(v -> v.position().status() != Status.NOT_STARTED)
                .collect(Collectors.groupingBy(v -> v.platform().id()));
        Map<String, Map<Long, DerivedValue>> values = new HashMap<>();
        for (String metricCode : metricCodes) {
            Map<Long, DerivedValue> byCode = new HashMap<>();
            byPlatform.forEach((platform, views) -> {
                DerivedValue value = switch (metricCode) {
                    case USAGE_COVERAGE -> coverage(views);
                    case COMPLIANCE_EXPOSURE -> share(views, LicencePosition::exposure, "exposure");
                    case SHELFWARE -> share(views, LicencePosition::shelfware, "shelfware");
                    default -> null;
                };
                if (value != null) {
                    byCode.put(platform, value);
                }
            });
            values.put(metricCode, byCode);
        }
        return values;
    }

    private static DerivedValue coverage(List<EntitlementView> views) {
        List<EntitlementView> countable = views.stream()
                .filter(v -> v.position().status() != Status.UNLIMITED)
                .toList();
        if (countable.isEmpty()) {
            return null;
        }
        long measured = countable.stream()
                .filter(v -> MEASURED.contains(v.position().status()))
                .count();
        List<Evidence> evidence = countable.stream()
                .map(v -> evidence(
                        v,
                        MEASURED.contains(v.position().status())
                                ? "measured (" + v.position().counted() + " measurements)"
                                : "not measured"))
                .toList();
        return new DerivedValue(
                BigDecimal.valueOf(measured * 100)
                        .divide(BigDecimal.valueOf(countable.size()), 1, RoundingMode.HALF_UP),
                evidence);
    }

    private static DerivedValue share(
            List<EntitlementView> views, Function<LicencePosition, BigDecimal> amount, String what) {
        Map<String, List<EntitlementView>> byCurrency = views.stream()
                .filter(v -> MEASURED.contains(v.position().status())
                        && entitledValue(v).signum() > 0)
                .collect(Collectors.groupingBy(EntitlementView::currency));
        if (byCurrency.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, List<EntitlementView>> currency : byCurrency.entrySet()) {
            BigDecimal entitled = BigDecimal.ZERO;
            BigDecimal lost = BigDecimal.ZERO;
            for (EntitlementView v : currency.getValue()) {
                BigDecimal a = amount.apply(v.position()) == null ? BigDecimal.ZERO : amount.apply(v.position());
                entitled = entitled.add(entitledValue(v));
                lost = lost.add(a);
                evidence.add(evidence(
                        v,
                        what + " " + a.setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                                + currency.getKey() + " of "
                                + entitledValue(v)
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString() + " " + currency.getKey() + " entitled"));
            }
            sum = sum.add(lost.multiply(HUNDRED).divide(entitled, MC));
        }
        return new DerivedValue(sum.divide(BigDecimal.valueOf(byCurrency.size()), 1, RoundingMode.HALF_UP), evidence);
    }

    private static BigDecimal entitledValue(EntitlementView v) {
        BigDecimal quantity = v.position().entitled();
        BigDecimal price = v.draft().unitPrice();
        return quantity == null || price == null ? BigDecimal.ZERO : quantity.multiply(price, MC);
    }

    private static Evidence evidence(EntitlementView v, String detail) {
        return Evidence.linked(
                "entitlement",
                v.id(),
                v.draft().product() + " · " + v.contract().number(),
                detail,
                "licences",
                "entitlement");
    }
}
