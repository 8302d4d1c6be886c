package io.pxportal.support;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
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
     * Open tickets per severity in the backlog's four age bands, counted by the database: opened after {@code
     * week} (and before {@code future}: a clock skew of under a day still counts as 0 days), after {@code month},
     * after {@code quarter}, and on or before it. One row per severity, whatever the number of open tickets. The
     * statuses are a positive list so that the status index finds the few open tickets among a million; "status not
     * in (resolved, closed)" reads them all.
     */
    @Query("""
            select t.severity,
                   sum(case when t.openedAt > :week then 1 else 0 end),
                   sum(case when t.openedAt <= :week and t.openedAt > :month then 1 else 0 end),
                   sum(case when t.openedAt <= :month and t.openedAt > :quarter then 1 else 0 end),
                   sum(case when t.openedAt <= :quarter then 1 else 0 end)
            from VendorTicket t where t.status in :statuses and t.openedAt < :future
            group by t.severity""")
    List<Object[]> countOpenByBand(
            Collection<TicketStatus> statuses, Instant future, Instant week, Instant month, Instant quarter);

    /** Tickets opened from month {@code from} to {@code to} ("2026-01") with a breached clock, per platform id. */
    @Query("""
            select t.platformId, count(t) from VendorTicket t
            where t.platformId in :platformIds and t.openedMonth >= :from and t.openedMonth <= :to
              and (t.responseOutcome = io.pxportal.support.SlaOutcome.BREACHED
                   or t.resolutionOutcome = io.pxportal.support.SlaOutcome.BREACHED)
            group by t.platformId""")
    List<Object[]> countBreachedByPlatform(Collection<Long> platformIds, String from, String to);

    /**
     * Of each platform, the first {@code max} tickets by opening opened from month {@code from} to {@code to} with
     * a breached clock: the evidence a metric names, for many platforms in one query.
     */
    @Query(value = """
            select id from (
                select t.id, t.platform_id, t.opened_at,
                       row_number() over (partition by t.platform_id order by t.opened_at, t.id) as listed
                from vendor_ticket t
                where t.platform_id in (:platformIds) and t.opened_month >= :from and t.opened_month <= :to
                  and (t.response_outcome = 'BREACHED' or t.resolution_outcome = 'BREACHED')) firsts
            where listed <= :max order by platform_id, opened_at, id""", nativeQuery = true)
    List<Long> firstBreachedIds(Collection<Long> platformIds, String from, String to, int max);

    /** Of the platforms, those with a ticket opened on or before {@code at}. */
    @Query("select distinct t.platformId from VendorTicket t where t.platformId in :platformIds and t.openedAt <= :at")
    List<Long> platformsWithTicketsBy(Collection<Long> platformIds, Instant at);

    /** Open tickets opened on or before {@code cutoff}, per platform id. */
    @Query("""
            select t.platformId, count(t) from VendorTicket t
            where t.status in :statuses and t.openedAt <= :cutoff group by t.platformId""")
    List<Object[]> countOpenByPlatform(Collection<TicketStatus> statuses, Instant cutoff);

    Page<VendorTicket> findAllBy(Pageable pageable);

    static Specification<VendorTicket> matching(TicketFilter filter) {
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
                        cb.like(cb.lower(root.get("caseId")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\')));
            }
            if (filter.platformIds() != null) {
                predicates.add(
                        filter.platformIds().isEmpty()
                                ? cb.disjunction()
                                : root.get("platformId").in(filter.platformIds()));
            }
            if (filter.severity() != null) {
                predicates.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.fromMonth() != null) {
                predicates.add(cb.greaterThanOrEqualTo(
                        root.get("openedMonth"), filter.fromMonth().toString()));
            }
            if (filter.toMonth() != null) {
                predicates.add(cb.lessThanOrEqualTo(
                        root.get("openedMonth"), filter.toMonth().toString()));
            }
            if (filter.openOnly()) {
                predicates.add(cb.not(root.get("status").in(TicketStatus.RESOLVED, TicketStatus.CLOSED)));
            }
            if (filter.breachedOnly()) {
                predicates.add(cb.or(
                        cb.equal(root.get("responseOutcome"), SlaOutcome.BREACHED),
                        cb.equal(root.get("resolutionOutcome"), SlaOutcome.BREACHED)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
