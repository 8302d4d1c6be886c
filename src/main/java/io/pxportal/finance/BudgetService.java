package io.pxportal.finance;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Budgets per platform, fiscal year and category: ADMIN and FINANCE set them; those who see a platform's costs
 * ({@link FinanceAccess}) see its budgets.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class BudgetService {

    private final BudgetRepository budgets;
    private final FinanceAccess access;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;
    private final RecordVersions recordVersions;

    BudgetService(
            BudgetRepository budgets,
            FinanceAccess access,
            PlatformService platforms,
            AuditTrail auditTrail,
            RecordVersions recordVersions) {
        this.budgets = budgets;
        this.access = access;
        this.platforms = platforms;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    /** One page of a fiscal year's budgets. */
    @PreAuthorize("isAuthenticated()")
    public List<BudgetView> page(int fiscalYear, Pageable pageable) {
        Page<Budget> page = readable(fiscalYear, pageable);
        Map<Long, PlatformRef> refs =
                platforms.refsByIds(page.stream().map(Budget::getPlatformId).collect(Collectors.toSet()));
        boolean editable = FinanceAccess.isFinance();
        return page.stream()
                .map(b -> new BudgetView(b.getId(), b.toDraft(), refs.get(b.getPlatformId()), editable))
                .toList();
    }

    /**
     * The budgets the current user may read ({@link FinanceAccess#visiblePlatforms}), of one fiscal year or of all
     * ({@code fiscalYear} null): the one query behind the list, the API and the export.
     */
    Page<Budget> readable(Integer fiscalYear, Pageable pageable) {
        Set<Long> visible = access.visiblePlatforms();
        if (fiscalYear == null) {
            return visible == null ? budgets.findAll(pageable) : budgets.findByPlatformIdIn(visible, pageable);
        }
        return visible == null
                ? budgets.findByFiscalYear(fiscalYear, pageable)
                : budgets.findByFiscalYearAndPlatformIdIn(fiscalYear, visible, pageable);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(int fiscalYear) {
        Set<Long> visible = access.visiblePlatforms();
        return visible == null
                ? budgets.countByFiscalYear(fiscalYear)
                : budgets.countByFiscalYearAndPlatformIdIn(fiscalYear, visible);
    }

    /**
     * {@link #create} for an import that has looked up this row's budget (there is none) and its platform: the
     * currency checked again, no second look-up, no view.
     */
    @Transactional
    void createMatched(BudgetDraft draft) {
        if (!Money.isCurrency(draft.currency())) {
            throw new DomainException("finance.currency.unknown", draft.currency());
        }
        budgets.save(new Budget(draft));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public BudgetView create(@Valid BudgetDraft draft) {
        check(draft, null);
        Budget budget = budgets.saveAndFlush(new Budget(draft));
        return view(budget);
    }

    /** Saves changes; refuses when someone else saved the budget since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public BudgetView update(Long id, @Valid BudgetDraft draft) {
        Budget budget = find(id);
        ConcurrentEditException.check(draft.version(), budget.getVersion(), budget.label());
        check(draft, id);
        budget.describe(draft);
        return view(recordVersions.saved(budgets.saveAndFlush(budget), draft.version()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public void delete(Long id, Long version) {
        Budget budget = find(id);
        ConcurrentEditException.check(version, budget.getVersion(), budget.label());
        budgets.delete(budget);
        budgets.flush();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(Budget.class, id, Budget::label));
    }

    private void check(BudgetDraft draft, Long ownId) {
        if (!Money.isCurrency(draft.currency())) {
            throw new DomainException("finance.currency.unknown", draft.currency());
        }
        if (platforms.refsByIds(List.of(draft.platformId())).isEmpty()) {
            throw new NotFoundException("platform", draft.platformId());
        }
        budgets.findByPlatformIdAndFiscalYearAndCategory(draft.platformId(), draft.fiscalYear(), draft.category())
                .filter(b -> !b.getId().equals(ownId))
                .ifPresent(b -> {
                    throw new DomainException("finance.budget.taken", b.label());
                });
    }

    private BudgetView view(Budget budget) {
        return new BudgetView(
                budget.getId(),
                budget.toDraft(),
                platforms.refsByIds(List.of(budget.getPlatformId())).get(budget.getPlatformId()),
                true);
    }

    private Budget find(Long id) {
        return budgets.findById(id).orElseThrow(() -> new NotFoundException("budget", id));
    }
}
