package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Our requirements per platform: everyone logged in reads; an admin or the platform's owners change them. */
@Service
@Validated
@Transactional(readOnly = true)
public class RequirementService {

    private final RequirementRepository requirements;
    private final ObjectiveRepository objectives;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;
    private final RecordVersions recordVersions;

    RequirementService(
            RequirementRepository requirements,
            ObjectiveRepository objectives,
            PlatformService platforms,
            AuditTrail auditTrail,
            RecordVersions recordVersions) {
        this.requirements = requirements;
        this.objectives = objectives;
        this.platforms = platforms;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    /** One page of requirements, optionally of one platform and containing a text. */
    @PreAuthorize("isAuthenticated()")
    public List<RequirementView> page(String text, Long platformId, Pageable pageable) {
        return views(requirements
                .findAll(RequirementRepository.matching(text, platformId), pageable)
                .getContent());
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String text, Long platformId) {
        return requirements.count(RequirementRepository.matching(text, platformId));
    }

    @PreAuthorize("isAuthenticated()")
    public RequirementView get(Long id) {
        return views(List.of(find(id))).getFirst();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public RequirementView create(@Valid RequirementDraft draft) {
        check(draft, null);
        return get(requirements.saveAndFlush(new Requirement(draft)).getId());
    }

    @Transactional
    @PreAuthorize("@requirementAccess.canEdit(#id)")
    public RequirementView update(Long id, @Valid RequirementDraft draft) {
        Requirement requirement = find(id);
        ConcurrentEditException.check(draft.version(), requirement.getVersion(), requirement.getTitle());
        check(draft, id);
        requirement.describe(draft);
        recordVersions.saved(requirements.saveAndFlush(requirement), draft.version());
        return get(id);
    }

    @Transactional
    @PreAuthorize("@requirementAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        Requirement requirement = find(id);
        ConcurrentEditException.check(version, requirement.getVersion(), requirement.getTitle());
        requirements.delete(requirement);
        requirements.flush();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(Requirement.class, id, Requirement::getTitle));
    }

    private void check(RequirementDraft draft, Long ownId) {
        if (platforms.refsByIds(List.of(draft.platformId())).isEmpty()) {
            throw new NotFoundException("platform", draft.platformId());
        }
        if (!platforms.canEditAny(Set.of(draft.platformId()))) {
            throw new DomainException("roadmap.requirement.not-yours");
        }
        requirements
                .findByPlatformIdAndTitleIgnoreCase(
                        draft.platformId(), draft.title().trim())
                .filter(r -> !r.getId().equals(ownId))
                .ifPresent(r -> {
                    throw new DomainException("roadmap.requirement.taken", r.getTitle());
                });
        if (objectives.findAllById(draft.objectiveIds()).size()
                != draft.objectiveIds().size()) {
            throw new DomainException("roadmap.objective.unknown");
        }
    }

    private List<RequirementView> views(Collection<Requirement> page) {
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                page.stream().map(Requirement::getPlatformId).collect(Collectors.toSet()));
        Map<Long, ObjectiveRef> objectiveRefs = objectives
                .findAllById(
                        page.stream().flatMap(r -> r.getObjectiveIds().stream()).collect(Collectors.toSet()))
                .stream()
                .collect(
                        Collectors.toMap(Objective::getId, o -> new ObjectiveRef(o.getId(), o.getCode(), o.getName())));
        return page.stream()
                .map(r -> new RequirementView(
                        r.getId(),
                        r.toDraft(),
                        platformRefs.get(r.getPlatformId()),
                        r.getObjectiveIds().stream()
                                .map(objectiveRefs::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        platforms.canEditAny(Set.of(r.getPlatformId()))))
                .toList();
    }

    private Requirement find(Long id) {
        return requirements.findById(id).orElseThrow(() -> new NotFoundException("requirement", id));
    }
}
