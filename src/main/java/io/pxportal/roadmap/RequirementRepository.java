package io.pxportal.roadmap;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RequirementRepository extends JpaRepository<Requirement, Long>, JpaSpecificationExecutor<Requirement> {

    Optional<Requirement> findByPlatformIdAndTitleIgnoreCase(Long platformId, String title);

    List<Requirement> findByPlatformIdIn(Collection<Long> platformIds);

    static Specification<Requirement> matching(String text, Long platformId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%"
                        + text.trim()
                                .toLowerCase()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                predicates.add(cb.like(cb.lower(root.get("title")), like, '\\'));
            }
            if (platformId != null) {
                predicates.add(cb.equal(root.get("platformId"), platformId));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
