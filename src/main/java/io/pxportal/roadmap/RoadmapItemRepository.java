package io.pxportal.roadmap;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RoadmapItemRepository extends JpaRepository<RoadmapItem, Long>, JpaSpecificationExecutor<RoadmapItem> {

    Optional<RoadmapItem> findByVendorIdAndProductIgnoreCaseAndTitleIgnoreCase(
            Long vendorId, String product, String title);

    List<RoadmapItem> findByVendorIdIn(java.util.Collection<Long> vendorIds);

    /** Every item's id, vendor, product and title — its natural key — for an import that matches rows to items. */
    @org.springframework.data.jpa.repository.Query("select i.id, i.vendorId, i.product, i.title from RoadmapItem i")
    List<Object[]> keys();

    /** How many items have at least one alignment rating. */
    @org.springframework.data.jpa.repository.Query(
            "select count(i) from RoadmapItem i where exists (select 1 from Rating r where r.itemId = i.id)")
    long countRated();

    /**
     * How many items concern these platforms — listing one of them, or listing none and coming from one of these
     * vendors (as {@link RoadmapItemAccess} reads an item) — and how many of those are rated: [items, rated].
     */
    @org.springframework.data.jpa.repository.Query("""
            select count(i), sum(case when exists (select 1 from Rating r where r.itemId = i.id) then 1 else 0 end)
            from RoadmapItem i
            where exists (select 1 from RoadmapItem j join j.platformIds p where j = i and p in :platformIds)
               or (i.platformIds is empty and i.vendorId in :vendorIds)""")
    List<Object[]> countConcerning(java.util.Collection<Long> platformIds, java.util.Collection<Long> vendorIds);

    static Specification<RoadmapItem> matching(RoadmapItemFilter filter) {
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
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("product")), like, '\\')));
            }
            if (filter.vendorId() != null) {
                predicates.add(cb.equal(root.get("vendorId"), filter.vendorId()));
            }
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
