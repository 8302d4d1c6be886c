package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformEnvironment;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UsageMeasurementRepository extends JpaRepository<UsageMeasurement, Long> {

    @EntityGraph(attributePaths = "entitlement")
    Page<UsageMeasurement> findByEntitlementId(Long entitlementId, Pageable pageable);

    long countByEntitlementId(Long entitlementId);

    boolean existsByEntitlementId(Long entitlementId);

    List<UsageMeasurement> findByEntitlementId(Long entitlementId);

    Optional<UsageMeasurement> findByEntitlementIdAndEnvironmentAndFrom(
            Long entitlementId, PlatformEnvironment environment, LocalDate from);

    /** The measurements of the entitlements that overlap the days {@code since} to {@code until}. */
    @Query("select m from UsageMeasurement m join fetch m.entitlement e where e.id in :entitlementIds"
            + " and m.to >= :since and m.from <= :until")
    List<UsageMeasurement> findOverlapping(Collection<Long> entitlementIds, LocalDate since, LocalDate until);

    /** Every measurement in export order (by entitlement, environment and day). */
    @EntityGraph(attributePaths = "entitlement")
    Page<UsageMeasurement> findAllBy(Pageable pageable);
}
