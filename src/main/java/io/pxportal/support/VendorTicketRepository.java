package io.pxportal.support;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface VendorTicketRepository extends JpaRepository<VendorTicket, Long>, JpaSpecificationExecutor<VendorTicket> {

    Optional<VendorTicket> findByPlatformIdAndCaseIdIgnoreCase(Long platformId, String caseId);

    List<VendorTicket> findByStatusNotIn(Collection<TicketStatus> statuses);

    List<VendorTicket> findByPolicyId(Long policyId);

    /** A policy's tickets whose clocks can still move: those neither resolved nor closed. */
    List<VendorTicket> findByPolicyIdInAndStatusNotIn(Collection<Long> policyIds, Collection<TicketStatus> statuses);

    /** A policy's tickets opened in a month from {@code fromMonth} on ("2026-01"), closed or not. */
    List<VendorTicket> findByPolicyIdInAndOpenedMonthGreaterThanEqual(Collection<Long> policyIds, String fromMonth);

    /**
     * Platform, severity and opening of the tickets in the given (open) statuses: what the backlog counts, without
     * loading tickets. Named as a positive list so that the status index finds the few open tickets among a million;
     * "status not in (resolved, closed)" reads them all.
     */
    @Query("""
            select new io.pxportal.support.OpenTicket(t.platformId, t.severity, t.openedAt)
            from VendorTicket t where t.status in :statuses""")
    List<OpenTicket> findOpen(Collection<TicketStatus> statuses);

    Page<VendorTicket> findAllBy(Pageable pageable);

    static Specification<VendorTicket> matching(TicketFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("caseId")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\')));
            }
            if (filter.platformIds() != null) {
                predicates.add(filter.platformIds().isEmpty() ? cb.disjunction()
                        : root.get("platformId").in(filter.platformIds()));
            }
            if (filter.severity() != null) {
                predicates.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.fromMonth() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("openedMonth"), filter.fromMonth().toString()));
            }
            if (filter.toMonth() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("openedMonth"), filter.toMonth().toString()));
            }
            if (filter.openOnly()) {
                predicates.add(cb.not(root.get("status").in(TicketStatus.RESOLVED, TicketStatus.CLOSED)));
            }
            if (filter.breachedOnly()) {
                predicates.add(cb.or(cb.equal(root.get("responseOutcome"), SlaOutcome.BREACHED),
                        cb.equal(root.get("resolutionOutcome"), SlaOutcome.BREACHED)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
