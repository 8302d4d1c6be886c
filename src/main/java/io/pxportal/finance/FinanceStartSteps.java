package io.pxportal.finance;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's money steps, for admins (budgets and rates are not a product owner's to set).
 * Budgets and cost lines: started with the first of either, done when cost lines are booked and every platform
 * not being retired has a budget for the current fiscal year. Rates: not started while no money is recorded (or
 * no foreign currency has a rate), done when each currency other than the reporting currency that a cost line or
 * budget uses appears in at least one FX rate — at once when all money is in the reporting currency.
 */
@Component
@Transactional(readOnly = true)
class FinanceStartSteps implements StartStepSource {

    private final CostLineMonths lines;
    private final BudgetRepository budgets;
    private final FxRateRepository rates;
    private final FinanceSettingsService settings;
    private final Clock clock;

    FinanceStartSteps(
            CostLineMonths lines,
            BudgetRepository budgets,
            FxRateRepository rates,
            FinanceSettingsService settings,
            Clock clock) {
        this.lines = lines;
        this.budgets = budgets;
        this.rates = rates;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<StartStep> steps(StartScope scope) {
        if (!StartPath.wholePortal()) {
            return List.of();
        }
        FinanceSettings current = settings.get();
        return List.of(
                new StartStep(
                        70,
                        "budgets",
                        "start.budgets",
                        "start.budgets.help",
                        budgetState(current, scope),
                        "finance/settings",
                        List.of("budgets", "cost-lines")),
                new StartStep(
                        80,
                        "rates",
                        "start.rates",
                        "start.rates.help",
                        rateState(current),
                        "finance/settings",
                        List.of("fx-rates")));
    }

    private StartState budgetState(FinanceSettings current, StartScope path) {
        boolean booked = lines.anyLines();
        if (!booked && budgets.count() == 0) {
            return StartState.NOT_STARTED;
        }
        Set<Long> scope = path.platformIds();
        int fiscalYear = current.calendar().fiscalYearOf(LocalDate.now(clock));
        boolean everyBudgeted = !scope.isEmpty() && budgets.countBudgetedPlatforms(fiscalYear, scope) == scope.size();
        return booked && everyBudgeted ? StartState.DONE : StartState.STARTED;
    }

    private StartState rateState(FinanceSettings current) {
        Set<String> used = new HashSet<>(lines.currencies());
        used.addAll(budgets.currencies());
        if (used.isEmpty()) {
            return StartState.NOT_STARTED;
        }
        used.remove(current.reportingCurrency());
        Set<String> rated = new HashSet<>(rates.baseCurrencies());
        rated.addAll(rates.quoteCurrencies());
        long covered = used.stream().filter(rated::contains).count();
        return used.isEmpty() ? StartState.DONE : StartState.of(covered, used.size());
    }
}
