package io.pxportal.finance;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budgets as CSV/XLSX rows, matched by platform, fiscal year and category. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(61)
class BudgetExchange implements RecordExchange<BudgetDraft> {

    private final BudgetService service;
    private final BudgetRepository budgets;
    private final FinanceLookups lookups;
    private final PlatformService platforms;

    BudgetExchange(BudgetService service, BudgetRepository budgets, FinanceLookups lookups, PlatformService platforms) {
        this.service = service;
        this.budgets = budgets;
        this.lookups = lookups;
        this.platforms = platforms;
    }

    @Override
    public String type() {
        return "budgets";
    }

    @Override
    public String labelKey() {
        return "finance.menu.budgets";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("platform", "finance.budget.platform", "Exstream Statements", "Cost centre"),
                ImportColumn.required("fiscalYear", "finance.budget.fiscal-year", "2026", "FY", "Year"),
                ImportColumn.required("category", "finance.budget.category", "MAINTENANCE", "Cost type"),
                ImportColumn.required("amount", "finance.budget.amount", "120000.00", "Budget", "Plan"),
                ImportColumn.required("currency", "finance.budget.currency", "EUR", "Currency code"));
    }

    @Override
    public boolean mayImport() {
        return FinanceAccess.isFinance();
    }

    @Override
    public BudgetDraft read(ImportRow row) {
        return read(row, lookups.pass());
    }

    /** Reads a pass with the platforms looked up by name once, not searched for per row. */
    @Override
    public java.util.Optional<java.util.function.Function<ImportRow, BudgetDraft>> reader() {
        FinanceLookups.Pass pass = lookups.pass();
        return java.util.Optional.of(row -> read(row, pass));
    }

    private static BudgetDraft read(ImportRow row, FinanceLookups.Pass pass) {
        BigDecimal year = row.decimal("fiscalYear");
        int fiscalYear = 0;
        if (year != null) {
            try {
                fiscalYear = year.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                row.error("fiscalYear", "import.value.not-a-whole-number", row.text("fiscalYear"));
            }
        }
        return new BudgetDraft(
                pass.platform(row, "platform"),
                fiscalYear,
                row.choice("category", CostCategory.class, "finance-category"),
                row.decimal("amount"),
                FinanceLookups.currency(row, "currency"),
                null);
    }

    @Override
    public String naturalKey(BudgetDraft draft) {
        return draft.platformId() + "/" + draft.fiscalYear() + "/" + draft.category();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public ImportOutcome upsert(List<BudgetDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (BudgetDraft draft : drafts) {
            var existing = budgets.findByPlatformIdAndFiscalYearAndCategory(
                    draft.platformId(), draft.fiscalYear(), draft.category());
            if (existing.isEmpty()) {
                service.createMatched(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (draft.amount().compareTo(existing.get().toDraft().amount()) == 0
                    && draft.currency().equals(existing.get().toDraft().currency())) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                service.update(
                        existing.get().getId(),
                        new BudgetDraft(
                                draft.platformId(),
                                draft.fiscalYear(),
                                draft.category(),
                                draft.amount(),
                                draft.currency(),
                                existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        // The list's own read rule: a product owner exports only the budgets the budget list shows them.
        List<Budget> content = service.readable(
                        null,
                        PageRequest.of(
                                pageable.getPageNumber(),
                                pageable.getPageSize(),
                                Sort.by("fiscalYear", "platformId", "category", "id")))
                .getContent();
        Map<Long, PlatformRef> refs =
                platforms.refsByIds(content.stream().map(Budget::getPlatformId).collect(Collectors.toSet()));
        List<List<Object>> rows = new ArrayList<>();
        for (Budget budget : content) {
            BudgetDraft d = budget.toDraft();
            rows.add(new ArrayList<>(Arrays.asList(
                    refs.containsKey(d.platformId()) ? refs.get(d.platformId()).name() : null,
                    d.fiscalYear(),
                    d.category().name(),
                    d.amount(),
                    d.currency())));
        }
        return rows;
    }
}
