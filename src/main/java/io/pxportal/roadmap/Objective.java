package io.pxportal.roadmap;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.envers.Audited;

/** An enterprise objective for CCM (cloud-first, omnichannel, …), valid for a period; its weight is in a weight set. */
@Entity
@Table(name = "roadmap_objective")
@Audited
class Objective implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Objective() {}

    Objective(ObjectiveDraft draft) {
        describe(draft);
    }

    void describe(ObjectiveDraft draft) {
        this.code = draft.code().trim().toUpperCase();
        this.name = draft.name().trim();
        this.description = Texts.trimmedOrNull(draft.description());
        this.validFrom = draft.validFrom();
        this.validTo = draft.validTo();
    }

    /** Whether the objective is in force at some time during the quarter. */
    boolean validIn(Quarter quarter) {
        return !validFrom.isAfter(quarter.end()) && (validTo == null || !validTo.isBefore(quarter.start()));
    }

    ObjectiveDraft toDraft() {
        return new ObjectiveDraft(code, name, description, validFrom, validTo, version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "roadmap.objective.code", code,
                "roadmap.objective.name", name,
                "roadmap.objective.description", description,
                "roadmap.objective.valid-from", validFrom,
                "roadmap.objective.valid-to", validTo);
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }
}
