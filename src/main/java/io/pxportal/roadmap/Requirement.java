package io.pxportal.roadmap;

import io.pxportal.shared.Texts;
import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/** What a platform needs from its vendor and by when, serving one or more objectives. */
@Entity
@Table(name = "roadmap_requirement")
@Audited
class Requirement implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "platform_id", nullable = false)
    private Long platformId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "needed_by", nullable = false, length = 7)
    private Quarter neededBy;

    @Column(length = 2000)
    private String description;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "roadmap_requirement_objective", joinColumns = @JoinColumn(name = "requirement_id"))
    @Column(name = "objective_id", nullable = false)
    private Set<Long> objectiveIds = new TreeSet<>();

    protected Requirement() {}

    Requirement(RequirementDraft draft) {
        describe(draft);
    }

    void describe(RequirementDraft draft) {
        this.platformId = draft.platformId();
        this.title = draft.title().trim();
        this.neededBy = draft.neededBy();
        this.description = Texts.trimmedOrNull(draft.description());
        this.objectiveIds.retainAll(draft.objectiveIds());
        this.objectiveIds.addAll(draft.objectiveIds());
    }

    RequirementDraft toDraft() {
        return new RequirementDraft(platformId, title, neededBy, description, new TreeSet<>(objectiveIds), version);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "roadmap.requirement.platform", platformId,
                "roadmap.requirement.title", title,
                "roadmap.requirement.needed-by", neededBy,
                "roadmap.requirement.description", description,
                "roadmap.requirement.objectives",
                        objectiveIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    Long getPlatformId() {
        return platformId;
    }

    String getTitle() {
        return title;
    }

    Quarter getNeededBy() {
        return neededBy;
    }

    Set<Long> getObjectiveIds() {
        return new TreeSet<>(objectiveIds);
    }
}
