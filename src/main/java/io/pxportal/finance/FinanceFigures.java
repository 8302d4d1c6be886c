package io.pxportal.finance;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
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
    private final Clock clock;

    FinanceFigures(
            CostLineMonths lines,
            BudgetRepository budgets,
            FinanceAccess access,
            FinanceSettingsService settings,
            FxRateService rates,
            PlatformService platforms,
            io.pxportal.portfolio.VendorService vendors,
            Clock clock) {
        this.clock = clock;
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

    /** A sum with its amount in the reporting currency at {@code rateMonth}'s rate, in cents; null: no rate. */
    record Converted(CostSum sum, YearMonth rateMonth, BigDecimal amount) {}

    /**
     * The sums of the months {@code from} to {@code to} in the reporting currency, each converted at its own month's
     * rate, or when {@code futureAtLatestRate} a month after the current one at the latest rate known (commitments);
     * each sum is converted once per request ({@link RequestSums}) and rounded to cents, as a total adds it.
     */
    List<Converted> converted(YearMonth from, YearMonth to, boolean futureAtLatestRate) {
        List<CostSum> sums = sums(from, to);
        FxTable table = rates();
        String currency = settings().reportingCurrency();
        YearMonth current = YearMonth.now(clock);
        return RequestSums.converted(
                sums,
                currency,
                sum -> futureAtLatestRate
                        ? table.rateMonth(sum.currency(), currency, YearMonth.from(sum.month()), current)
                        : YearMonth.from(sum.month()),
                (sum, month) -> new Converted(
                        sum,
                        month,
                        table.convert(new Money(sum.amount(), sum.currency()), month, currency)
                                .map(a -> a.setScale(2, RoundingMode.HALF_EVEN))
                                .orElse(null)));
    }

    List<Budget> budgets(int fiscalYear) {
        Set<Long> visible = access.visiblePlatforms();
        return budgets.findByFiscalYear(fiscalYear).stream()
                .filter(b -> visible == null || visible.contains(b.getPlatformId()))
                .toList();
    }

    /** The platforms the user may see, by id, with their vendors. */
    Map<Long, PlatformDetails> platforms() {
        Set<Long> visible = access.visiblePlatforms();
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, MAX_PLATFORMS, Sort.by("name"))).stream()
                .filter(p -> visible == null || visible.contains(p.id()))
                .collect(Collectors.toMap(
                        PlatformDetails::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    Map<Long, String> vendorNames(java.util.Collection<Long> ids) {
        return vendors
                .refsByIds(ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .values()
                .stream()
                .collect(Collectors.toMap(io.pxportal.portfolio.VendorRef::id, io.pxportal.portfolio.VendorRef::name));
    }
}
