package io.pxportal.roadmap;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Our requirements as CSV/XLSX rows, matched by platform and title; objectives by code. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(62)
class RequirementExchange implements RecordExchange<RequirementDraft> {

    private final RequirementService service;
    private final RequirementRepository repository;
    private final RequirementAccess access;
    private final ObjectiveRepository objectives;
    private final RoadmapImports lookups;
    private final PlatformService platforms;

    RequirementExchange(
            RequirementService service,
            RequirementRepository repository,
            RequirementAccess access,
            ObjectiveRepository objectives,
            RoadmapImports lookups,
            PlatformService platforms) {
        this.service = service;
        this.repository = repository;
        this.access = access;
        this.objectives = objectives;
        this.lookups = lookups;
        this.platforms = platforms;
    }

    @Override
    public String type() {
        return "roadmap-requirements";
    }

    @Override
    public String labelKey() {
        return "roadmap.requirements";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(
                        "platform", "roadmap.requirement.platform", "Exstream Statements", "Platform name"),
                ImportColumn.required(
                        "title",
                        "roadmap.requirement.title",
                        "Accessible PDF statements (PDF/UA-1)",
                        "Requirement",
                        "Need"),
                ImportColumn.required(
                        "neededBy", "roadmap.requirement.needed-by", "2026-Q2", "Needed by", "Due", "Deadline"),
                ImportColumn.optional("objectives", "roadmap.requirement.objectives", "A11Y", "Objective codes"),
                ImportColumn.optional("description", "roadmap.requirement.description", "", "Details", "Notes"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public RequirementDraft read(ImportRow row) {
        Long platformId = lookups.platform(row, "platform");
        Set<Long> objectiveIds = new LinkedHashSet<>();
        for (String code : row.list("objectives")) {
            Long id = lookups.objective(row, "objectives", code);
            if (id != null) {
                objectiveIds.add(id);
            }
        }
        String title = row.text("title");
        if (platformId != null && title != null) {
            repository
                    .findByPlatformIdAndTitleIgnoreCase(platformId, title.trim())
                    .filter(r -> !access.canEdit(r.getId()))
                    .ifPresent(r -> row.error("title", "roadmap.requirement.not-yours"));
            if (!platforms.canEditAny(Set.of(platformId))) {
                row.error("platform", "roadmap.requirement.not-yours");
            }
        }
        return new RequirementDraft(
                platformId,
                title,
                RoadmapImports.quarter(row, "neededBy"),
                row.text("description"),
                objectiveIds,
                null);
    }

    @Override
    public String naturalKey(RequirementDraft draft) {
        return draft.platformId() + "|" + draft.title().trim().toLowerCase();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<RequirementDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (RequirementDraft d : drafts) {
            var existing = repository.findByPlatformIdAndTitleIgnoreCase(
                    d.platformId(), d.title().trim());
            if (existing.isEmpty()) {
                service.create(d);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (comparable(existing.get().toDraft()).equals(comparable(new Requirement(d).toDraft()))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                service.update(
                        existing.get().getId(),
                        new RequirementDraft(
                                d.platformId(),
                                d.title(),
                                d.neededBy(),
                                d.description(),
                                d.objectiveIds(),
                                existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<Requirement> content = repository
                .findAll(PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("platformId", "title", "id")))
                .getContent();
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                content.stream().map(Requirement::getPlatformId).collect(Collectors.toSet()));
        Map<Long, String> codes =
                objectives.findAll().stream().collect(Collectors.toMap(Objective::getId, Objective::getCode));
        List<List<Object>> rows = new ArrayList<>();
        for (Requirement r : content) {
            RequirementDraft d = r.toDraft();
            PlatformRef platform = platformRefs.get(d.platformId());
            rows.add(new ArrayList<>(Arrays.asList(
                    platform == null ? null : platform.name(),
                    d.title(),
                    d.neededBy().toString(),
                    d.objectiveIds().stream()
                            .map(codes::get)
                            .filter(Objects::nonNull)
                            .sorted()
                            .collect(Collectors.joining(", ")),
                    d.description())));
        }
        return rows;
    }

    private static List<Object> comparable(RequirementDraft d) {
        return Arrays.asList(d.platformId(), d.title(), d.neededBy(), d.description(), new TreeSet<>(d.objectiveIds()));
    }
}
