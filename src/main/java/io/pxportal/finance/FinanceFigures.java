package io.pxportal.finance;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What every finance figure starts from, read once per request: the settings, the FX table, the monthly sums
 * of the cost lines the user may see ({@link CostLineMonths}), and the platforms with their vendors.
 */
@Component
class FinanceFigures {

    private static final int MAX_PLATFORMS = 2000;

    private final CostLineMonths lines;
    private final BudgetRepository budgets;
    private final FinanceAccess access;
    private final FinanceSettingsService settings;
    private final FxRateService rates;
    private final PlatformService platforms;
    private final io.pxportal.portfolio.VendorService vendors;

    FinanceFigures(CostLineMonths lines, BudgetRepository budgets, FinanceAccess access,
                   FinanceSettingsService settings, FxRateService rates, PlatformService platforms,
                   io.pxportal.portfolio.VendorService vendors) {
        this.vendors = vendors;
        this.lines = lines;
        this.budgets = budgets;
        this.access = access;
        this.settings = settings;
        this.rates = rates;
        this.platforms = platforms;
    }

    FinanceSettings settings() {
        return settings.get();
    }

    /** The FX table, read once per request ({@link RequestSums}). */
    FxTable rates() {
        return RequestSums.rates(rates::table);
    }

    /**
     * Sums per platform, vendor, category, kind, currency and month, from the first to the last month; each month
     * read once per request ({@link RequestSums}).
     */
    List<CostSum> sums(YearMonth from, YearMonth to) {
        Set<Long> visible = access.visiblePlatforms();
        if (visible != null && visible.isEmpty()) {
            return List.of();
        }
        return RequestSums.sums(from, to, visible, (first, last) -> lines.sums(first.atDay(1), last.atDay(1), visible));
    }

    List<Budget> budgets(int fiscalYear) {
        Set<Long> visible = access.visiblePlatforms();
        return budgets.findByFiscalYear(fiscalYear).stream()
                .filter(b -> visible == null || visible.contains(b.getPlatformId())).toList();
    }

    /** The platforms the user may see, by id, with their vendors. */
    Map<Long, PlatformDetails> platforms() {
        Set<Long> visible = access.visiblePlatforms();
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, MAX_PLATFORMS, Sort.by("name"))).stream()
                .filter(p -> visible == null || visible.contains(p.id()))
                .collect(Collectors.toMap(PlatformDetails::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    Map<Long, String> vendorNames(java.util.Collection<Long> ids) {
        return vendors.refsByIds(ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .values().stream().collect(Collectors.toMap(io.pxportal.portfolio.VendorRef::id,
                        io.pxportal.portfolio.VendorRef::name));
    }
}
