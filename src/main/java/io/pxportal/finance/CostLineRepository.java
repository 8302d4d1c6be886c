package io.pxportal.finance;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CostLineRepository extends JpaRepository<CostLine, Long>, JpaSpecificationExecutor<CostLine> {

    Optional<CostLine> findByReferenceIgnoreCase(String reference);

    /** The lines with these references (upper-cased): an import matches a chunk of rows with one query. */
    @Query("select c from CostLine c where upper(c.reference) in :references")
    List<CostLine> findByUpperReferenceIn(java.util.Collection<String> references);

    /**
     * Actual and committed per contract and currency over the months given, of the lines booked against a contract:
     * what the full-year outlook takes off a contract's value so as not to count it twice. From the lines: the
     * contract is not part of the monthly sums' key (CostLineMonths), and only lines booked against one count.
     */
    @Query("""
            select new io.pxportal.finance.ContractSum(c.contractId, c.platformId, c.currency, c.periodMonth,
                   sum(c.amount))
            from CostLine c where c.contractId is not null and c.periodMonth >= :from and c.periodMonth <= :to
            group by c.contractId, c.platformId, c.currency, c.periodMonth""")
    List<ContractSum> contractSums(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * The categories a contract's costs on a platform are booked under, the most frequent first: a booking rule, not
     * a figure, over the lines of one contract.
     */
    @Query("""
            select c.category from CostLine c where c.contractId = :contract and c.platformId = :platform
            group by c.category order by count(c) desc, c.category""")
    List<CostCategory> categoriesOf(@Param("contract") Long contractId, @Param("platform") Long platformId);

    /** Lines not recorded by another module: what imports, the API and people entered. */
    long countBySourceNot(CostSource source);

    @Query("select min(c.periodMonth) from CostLine c")
    LocalDate firstMonth();

    /**
     * Lines matching the filter; {@code platforms} (null: all) is what the caller may see. The fiscal year is a
     * month range, so the filter needs the calendar.
     */
    static Specification<CostLine> matching(
            CostLineFilter filter, FiscalCalendar calendar, Collection<Long> platforms) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%"
                        + filter.text()
                                .trim()
                                .toLowerCase()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("reference")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\')));
            }
            if (filter.platformId() != null) {
                predicates.add(cb.equal(root.get("platformId"), filter.platformId()));
            }
            if (filter.vendorId() != null) {
                predicates.add(cb.equal(root.get("vendorId"), filter.vendorId()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.fiscalYear() != null) {
                predicates.add(cb.between(
                        root.get("periodMonth"),
                        calendar.firstDay(filter.fiscalYear()),
                        calendar.lastMonth(filter.fiscalYear()).atDay(1)));
            }
            if (platforms != null) {
                predicates.add(
                        platforms.isEmpty()
                                ? cb.disjunction()
                                : root.get("platformId").in(platforms));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
