package io.pxportal.licensing;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EntitlementRepository extends JpaRepository<Entitlement, Long>, JpaSpecificationExecutor<Entitlement> {

    /** The line a contract has for a platform, product (any case) and metric: the natural key. */
    Optional<Entitlement> findFirstByContractIdAndPlatformIdAndProductIgnoreCaseAndMetric(
            Long contractId, Long platformId, String product, LicenceMetric metric);

    List<Entitlement> findByPlatformIdAndMetric(Long platformId, LicenceMetric metric);

    /** The lines of these contracts: an import matches a chunk of rows to their lines with one query. */
    List<Entitlement> findByContractIdIn(java.util.Collection<Long> contractIds);

    long countByPlatformIdIn(java.util.Collection<Long> platformIds);

    /** How many entitlements on these platforms have a usage measurement. */
    @org.springframework.data.jpa.repository.Query(
            "select count(e) from Entitlement e where e.platformId in :platformIds "
                    + "and exists (select 1 from UsageMeasurement m where m.entitlement = e)")
    long countMeasuredOn(java.util.Collection<Long> platformIds);

    static Specification<Entitlement> matching(EntitlementFilter filter) {
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
                predicates.add(cb.like(cb.lower(root.get("product")), like, '\\'));
            }
            if (filter.platformId() != null) {
                predicates.add(cb.equal(root.get("platformId"), filter.platformId()));
            }
            if (filter.metric() != null) {
                predicates.add(cb.equal(root.get("metric"), filter.metric()));
            }
            if (filter.contractId() != null) {
                predicates.add(cb.equal(root.get("contractId"), filter.contractId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
