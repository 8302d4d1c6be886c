package io.pxportal.licensing;

import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * Measured usage under an entitlement in one environment: a count on a day for seats and capacity (stored with
 * {@code to = from}), a volume over a period for volume metrics. Known by entitlement, environment and day (or
 * period start); a correction changes its quantity, period end and source.
 */
@Entity
@Table(name = "usage_measurement")
@Audited
class UsageMeasurement implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entitlement_id")
    private Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlatformEnvironment environment;

    @Column(name = "measured_from", nullable = false)
    private LocalDate from;

    @Column(name = "measured_to", nullable = false)
    private LocalDate to;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MeasurementSource source;

    protected UsageMeasurement() {}

    UsageMeasurement(Entitlement entitlement, MeasurementDraft draft, LocalDate today) {
        this.entitlement = entitlement;
        this.environment = draft.environment();
        this.from = draft.from();
        correct(draft, today);
    }

    /**
     * Takes over a measured value. Seats and capacity are counted on a day (a period is refused), volumes over a
     * period that ends on or after its start; nothing can be measured before it happened.
     */
    void correct(MeasurementDraft draft, LocalDate today) {
        LocalDate end = draft.to();
        if (entitlement.getMetric().isCountedAtDate()) {
            if (end != null && !end.equals(from)) {
                throw new DomainException("measurement.day-only");
            }
            end = from;
        } else if (end == null) {
            throw new DomainException("measurement.period-required");
        } else if (end.isBefore(from)) {
            throw new DomainException("measurement.period.invalid");
        }
        if (from.isAfter(today)) {
            throw new DomainException("measurement.future");
        }
        this.to = end;
        this.quantity = draft.quantity();
        this.source = draft.source();
    }

    /** Whether a draft says nothing new (same quantity, period end and source). */
    boolean sameAs(MeasurementDraft draft) {
        LocalDate end = draft.to() == null ? from : draft.to();
        return end.equals(to) && draft.quantity().compareTo(quantity) == 0 && draft.source() == source;
    }

    MeasuredUsage toUsage() {
        return new MeasuredUsage(environment, from, to, quantity);
    }

    MeasurementView toView() {
        return new MeasurementView(
                id,
                entitlement.getId(),
                environment,
                from,
                entitlement.getMetric().isCountedAtDate() ? null : to,
                quantity,
                source,
                environment == PlatformEnvironment.PRODUCTION || entitlement.countsNonProduction(),
                version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "measurement.environment", AuditTrail.key("environment", environment),
                "measurement.from", from,
                "measurement.to", to,
                "measurement.quantity", Entitlement.plain(quantity),
                "measurement.source", AuditTrail.key("measurement-source", source));
    }

    /** How the measurement is named in the entitlement's history: its day or period. */
    String label() {
        return from.equals(to) ? from.toString() : from + " – " + to;
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Entitlement getEntitlement() {
        return entitlement;
    }

    PlatformEnvironment getEnvironment() {
        return environment;
    }

    LocalDate getFrom() {
        return from;
    }
}
