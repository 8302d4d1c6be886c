package io.pxportal.licensing;

import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Usage measurements per entitlement: everyone logged in reads them; whoever may change the entitlement records,
 * corrects and removes them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UsageService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("from"), Sort.Order.asc("environment"));

    private final UsageMeasurementRepository measurements;
    private final EntitlementRepository entitlements;
    private final Clock clock;
    private final RecordVersions recordVersions;

    UsageService(
            UsageMeasurementRepository measurements,
            EntitlementRepository entitlements,
            Clock clock,
            RecordVersions recordVersions) {
        this.measurements = measurements;
        this.entitlements = entitlements;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** One page of an entitlement's measurements, newest first unless sorted otherwise. */
    @PreAuthorize("isAuthenticated()")
    public List<MeasurementView> measurements(Long entitlementId, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return measurements
                .findByEntitlementId(entitlementId, sorted)
                .map(UsageMeasurement::toView)
                .getContent();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMeasurements(Long entitlementId) {
        return measurements.countByEntitlementId(entitlementId);
    }

    /**
     * Records a measurement, or with the stored {@code version} corrects the one of the same environment and day.
     * A second measurement for a day that has one is refused, so a typo cannot silently replace a value.
     */
    @Transactional
    @PreAuthorize("@entitlementAccess.canEdit(#draft?.entitlementId())")
    public MeasurementView record(@Valid MeasurementDraft draft) {
        Entitlement entitlement = entitlements
                .findById(draft.entitlementId())
                .orElseThrow(() -> new NotFoundException("entitlement", draft.entitlementId()));
        LocalDate today = LocalDate.now(clock);
        Optional<UsageMeasurement> existing = measurements.findByEntitlementIdAndEnvironmentAndFrom(
                entitlement.getId(), draft.environment(), draft.from());
        UsageMeasurement measurement;
        if (existing.isPresent()) {
            measurement = existing.get();
            if (draft.version() == null) {
                throw new DomainException("measurement.exists", draft.from());
            }
            ConcurrentEditException.check(draft.version(), measurement.getVersion(), measurement.label());
            measurement.correct(draft, today);
        } else if (draft.version() != null) {
            // It was removed since the user opened it.
            throw new ConcurrentEditException(draft.from().toString());
        } else {
            measurement = new UsageMeasurement(entitlement, draft, today);
        }
        return recordVersions
                .saved(measurements.saveAndFlush(measurement), draft.version())
                .toView();
    }

    @Transactional
    @PreAuthorize("@entitlementAccess.canEdit(#entitlementId)")
    public void remove(Long entitlementId, Long measurementId, Long version) {
        UsageMeasurement measurement = measurements
                .findById(measurementId)
                .filter(m -> m.getEntitlement().getId().equals(entitlementId))
                .orElseThrow(() -> new NotFoundException("measurement", measurementId));
        ConcurrentEditException.check(version, measurement.getVersion(), measurement.label());
        measurements.delete(measurement);
        measurements.flush();
    }
}
