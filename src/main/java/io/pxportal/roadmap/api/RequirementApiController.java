package io.pxportal.roadmap.api;

import io.pxportal.roadmap.RequirementService;
import io.pxportal.roadmap.RequirementView;
import io.pxportal.roadmap.api.RoadmapInputs.RequirementInput;
import io.pxportal.roadmap.api.RoadmapResources.Requirement;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@RequestMapping("/api/v1/roadmap/requirements")
@Tag(
        name = "Roadmap requirements",
        description = "What each platform needs from its vendor and by when. Everyone "
                + "reads; an admin or the platform's owners change them.")
class RequirementApiController {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "neededBy", "neededBy");

    private final RequirementService requirements;

    RequirementApiController(RequirementService requirements) {
        this.requirements = requirements;
    }

    @GetMapping
    @Operation(summary = "One page of requirements", description = "Optionally of one platform.")
    ApiPage<Requirement> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long platformId,
            @ParameterObject ApiPageParams paging,
            @RequestParam(required = false) List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("neededBy", "title"));
        return ApiPage.of(
                requirements.page(q, platformId, request).stream()
                        .map(Requirement::of)
                        .toList(),
                paging.page(),
                paging.size(),
                requirements.count(q, platformId));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One requirement")
    ResponseEntity<Requirement> get(@PathVariable Long id) {
        RequirementView requirement = requirements.get(id);
        return ResponseEntity.ok().eTag(ETags.of(requirement.draft().version())).body(Requirement.of(requirement));
    }

    @PostMapping
    @Operation(summary = "Create a requirement", description = "Admins, and the platform's owners.")
    ResponseEntity<Requirement> create(@RequestBody RequirementInput input) {
        RequirementView requirement = requirements.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(requirement.id())
                        .toUri())
                .eTag(ETags.of(requirement.draft().version()))
                .body(Requirement.of(requirement));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a requirement", description = "Needs If-Match.")
    ResponseEntity<Requirement> update(
            @PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RequirementInput input) {
        RequirementView requirement = requirements.update(id, input.toDraft(ETags.versionFrom(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(requirement.draft().version())).body(Requirement.of(requirement));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a requirement", description = "Needs If-Match.")
    ResponseEntity<Void> delete(
            @PathVariable Long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requirements.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
