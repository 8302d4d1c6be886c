package io.pxportal.finance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    Optional<Budget> findByPlatformIdAndFiscalYearAndCategory(Long platformId, int fiscalYear, CostCategory category);

    List<Budget> findByFiscalYear(int fiscalYear);

    Page<Budget> findByFiscalYear(int fiscalYear, Pageable pageable);

    Page<Budget> findByFiscalYearAndPlatformIdIn(int fiscalYear, Collection<Long> platformIds, Pageable pageable);

    Page<Budget> findByPlatformIdIn(Collection<Long> platformIds, Pageable pageable);

    long countByFiscalYear(int fiscalYear);

    long countByFiscalYearAndPlatformIdIn(int fiscalYear, Collection<Long> platformIds);

    /** How many of these platforms have a budget (any category) in the fiscal year. */
    @org.springframework.data.jpa.repository.Query("select count(distinct b.platformId) from Budget b "
            + "where b.fiscalYear = :fiscalYear and b.platformId in :platformIds")
    long countBudgetedPlatforms(int fiscalYear, Collection<Long> platformIds);

    /** Every currency a budget is kept in. */
    @org.springframework.data.jpa.repository.Query("select distinct b.currency from Budget b")
    java.util.List<String> currencies();
}
