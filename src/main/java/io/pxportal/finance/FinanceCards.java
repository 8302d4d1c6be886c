package io.pxportal.finance;

import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardFact.Tone;
import io.pxportal.shared.card.PlatformCardSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The portfolio card's budget line for the current fiscal year: actual and committed as a share of the budget, or
 * how far over budget the platform is; it opens the finance overview filtered to the platform. Read through
 * {@link FinanceReportService} as the viewing user, so whoever may not read a platform's costs (a product owner
 * while the setting is off) gets no finance fact. Over budget reads bad; from {@link #WARNING_PERCENT} % of the
 * budget, without a budget, or with a missing rate (the figure is then too low) a warning; else good.
 */
@Component
class FinanceCards implements PlatformCardSource {

    static final int ORDER = 50;
    static final BigDecimal WARNING_PERCENT = BigDecimal.valueOf(90);

    private final FinanceReportService reports;

    FinanceCards(FinanceReportService reports) {
        this.reports = reports;
    }

    @Override
    public Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds) {
        Set<Long> wanted = Set.copyOf(platformIds);
        Map<Long, List<PlatformCardFact>> facts = new HashMap<>();
        for (VarianceRow row : reports.budgetVsActual(reports.currentFiscalYear(), FinanceDimension.PLATFORM)
                .rows()) {
            if (wanted.contains(row.id())) {
                fact(row).ifPresent(f -> facts.put(row.id(), List.of(f)));
            }
        }
        return facts;
    }

    /** The fact a platform's budget vs actual row reads as; none when it has neither budget nor spend. */
    static Optional<PlatformCardFact> fact(VarianceRow row) {
        BigDecimal budget = row.budget().amount();
        BigDecimal spent = row.actual().amount().add(row.committed().amount());
        String currency = row.budget().currency();
        String suffix = row.complete() ? "" : "-incomplete";
        Map<String, String> link = Map.of("platformId", String.valueOf(row.id()));
        if (!row.budgeted() || budget.signum() <= 0 && !row.overBudget()) {
            if (spent.signum() == 0 && row.complete()) {
                return Optional.empty();
            }
            return Optional.of(new PlatformCardFact(
                    ORDER,
                    "card.finance.budget",
                    "card.finance.no-budget" + suffix,
                    List.of(whole(spent), currency),
                    Tone.WARNING,
                    "finance",
                    link));
        }
        if (row.overBudget()) {
            return Optional.of(new PlatformCardFact(
                    ORDER,
                    "card.finance.budget",
                    "card.finance.over" + suffix,
                    List.of(whole(row.variance()), currency),
                    Tone.BAD,
                    "finance",
                    link));
        }
        BigDecimal share = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP);
        Tone tone = share.compareTo(WARNING_PERCENT) >= 0 || !row.complete() ? Tone.WARNING : Tone.GOOD;
        return Optional.of(new PlatformCardFact(
                ORDER, "card.finance.budget", "card.finance.within" + suffix, List.of(share), tone, "finance", link));
    }

    /** A card is read at a glance: whole currency units, not cents. */
    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
