package io.pxportal.portfolio;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The filters behind the vendor and platform lists, as JPA specifications (evaluated in the database). */
final class PortfolioQueries {

    private PortfolioQueries() {}

    static Specification<Vendor> vendorsMatching(String text) {
        if (text == null || text.isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        String like = like(text);
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("name")), like, '\\'),
                cb.like(cb.lower(root.get("country")), like, '\\'),
                cb.like(cb.lower(root.get("accountManager")), like, '\\'));
    }

    static Specification<Platform> platformsMatching(PlatformFilter filter, String currentUsername) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = like(filter.text());
                Join<Platform, Vendor> vendor = root.join("vendor", JoinType.INNER);
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(cb.lower(root.get("product")), like, '\\'),
                        cb.like(cb.lower(vendor.get("name")), like, '\\')));
            }
            if (filter.vendorId() != null) {
                predicates.add(cb.equal(root.get("vendor").get("id"), filter.vendorId()));
            }
            if (filter.deployment() != null) {
                predicates.add(cb.equal(root.get("deployment"), filter.deployment()));
            }
            if (filter.lifecycle() != null) {
                predicates.add(cb.equal(root.get("lifecycle"), filter.lifecycle()));
            }
            if (filter.ownedByMe()) {
                predicates.add(cb.isMember(currentUsername, root.get("owners")));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static String like(String text) {
        return "%"
                + text.trim()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
