package io.pxportal.experience;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ObservationRepository extends JpaRepository<Observation, Long>, JpaSpecificationExecutor<Observation> {

    Optional<Observation> findByPlatformIdAndMetricCodeAndPeriod(Long platformId, String metricCode, String period);

    List<Observation> findByPeriodAndPlatformIdIn(String period, Collection<Long> platformIds);

    List<Observation> findByPeriodInAndPlatformIdIn(Collection<String> periods, Collection<Long> platformIds);

    /** Which of these metrics have at least one observation. */
    @Query("select o.metricCode from Observation o where o.metricCode in :codes group by o.metricCode")
    List<String> observedAmong(java.util.Collection<String> codes);

    @Query("select min(o.period) from Observation o")
    Optional<String> earliestPeriod();

    static Specification<Observation> matching(ObservationFilter filter) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> predicates = new java.util.ArrayList<>();
            if (filter.platformId() != null) {
                predicates.add(cb.equal(root.get("platformId"), filter.platformId()));
            }
            if (filter.period() != null) {
                predicates.add(cb.equal(root.get("period"), filter.period().toString()));
            }
            if (filter.metricCode() != null && !filter.metricCode().isBlank()) {
                predicates.add(cb.like(
                        cb.lower(root.get("metricCode")),
                        "%"
                                + filter.metricCode()
                                        .strip()
                                        .toLowerCase()
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_")
                                + "%",
                        '\\'));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
