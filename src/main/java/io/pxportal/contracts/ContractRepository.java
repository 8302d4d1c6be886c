package io.pxportal.contracts;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {

    Optional<Contract> findByNumberIgnoreCase(String number);

    /** Every contract's id and number, [id, number]: an import matches its rows' numbers in one query. */
    @org.springframework.data.jpa.repository.Query("select c.id, c.number from Contract c")
    java.util.List<Object[]> idsAndNumbers();

    /** Every contract's platforms, [contract id, platform id]. */
    @org.springframework.data.jpa.repository.Query("select c.id, p from Contract c join c.platformIds p")
    java.util.List<Object[]> platformLinks();

    /** The ids of the contracts covering any of these platforms, in id order. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct c.id from Contract c join c.platformIds p where p in :platformIds order by c.id")
    List<Long> idsCovering(java.util.Collection<Long> platformIds);

    /** How many of these platforms at least one contract covers. */
    @org.springframework.data.jpa.repository.Query(
            "select count(distinct p) from Contract c join c.platformIds p where p in :platformIds")
    long countCoveredPlatforms(java.util.Collection<Long> platformIds);

    static Specification<Contract> matching(ContractFilter filter) {
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
                        cb.like(cb.lower(root.get("number")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\')));
            }
            if (filter.vendorId() != null) {
                predicates.add(cb.equal(root.get("vendorId"), filter.vendorId()));
            }
            if (filter.platformId() != null) {
                predicates.add(cb.isMember(filter.platformId(), root.get("platformIds")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
