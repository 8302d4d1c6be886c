package io.pxportal.portfolio.api;

import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
@RequestMapping("/api/v1/platforms")
@Tag(
        name = "Platforms",
        description = "The CCM platforms the enterprise runs. Everyone reads; an admin or one "
                + "of a platform's product owners changes or deletes it; only an admin changes its owners.")
class PlatformApiController {

    /** API sort name → property, in the order the document lists them. */
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "name");
        SORTABLE.put("vendor", "vendor.name");
        SORTABLE.put("product", "product");
        SORTABLE.put("deployment", "deployment");
        SORTABLE.put("lifecycle", "lifecycle");
    }

    private final PlatformService platforms;

    PlatformApiController(PlatformService platforms) {
        this.platforms = platforms;
    }

    @GetMapping
    @Operation(
            summary = "One page of platforms",
            description =
                    "Filtered like the platforms list of the portal, "
                            + "sorted by name unless `sort` says otherwise. `editable` says whether the token's owner may change it.")
    ApiPage<PlatformDetails> list(
            @Parameter(description = "Text to look for in name, product or vendor name") @RequestParam(required = false)
                    String q,
            @Parameter(description = "Only this vendor's platforms") @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) Deployment deployment,
            @RequestParam(required = false) Lifecycle lifecycle,
            @Parameter(description = "Only platforms the token's owner owns") @RequestParam(defaultValue = "false")
                    boolean mine,
            @ParameterObject ApiPageParams paging,
            @Parameter(
                            description =
                                    "`name`, `vendor`, `product`, `deployment` or `lifecycle`, optionally `,desc`; "
                                            + "repeat for more",
                            example = "name,desc")
                    @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("name"));
        PlatformFilter filter = new PlatformFilter(q, vendorId, deployment, lifecycle, mine);
        return ApiPage.of(platforms.page(filter, request), paging.page(), paging.size(), platforms.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One platform",
            description = "The ETag is the version to send back in If-Match when " + "changing or deleting it.")
    ResponseEntity<PlatformDetails> get(@PathVariable Long id) {
        PlatformDetails platform = platforms.get(id);
        return ResponseEntity.ok().eTag(ETags.of(platform.version())).body(platform);
    }

    @PostMapping
    @Operation(
            summary = "Create a platform",
            description = "Admins and product owners; a product owner becomes "
                    + "its owner. Answers 201 with its Location and ETag.")
    ResponseEntity<PlatformDetails> create(@RequestBody PlatformInput input) {
        PlatformDetails platform = platforms.create(input.toDraft(Set.of(), null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(platform.id())
                        .toUri())
                .eTag(ETags.of(platform.version()))
                .body(platform);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a platform",
            description = "Replaces its fields (owners only if given). Needs "
                    + "If-Match with the ETag you read; answers with the new ETag.")
    ResponseEntity<PlatformDetails> update(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody PlatformInput input) {
        long version = ETags.versionFrom(ifMatch);
        Set<String> currentOwners = input.owners() != null
                ? Set.of()
                : platforms.get(id).owners().stream().map(UserRef::username).collect(Collectors.toSet());
        PlatformDetails platform = platforms.update(id, input.toDraft(currentOwners, version));
        return ResponseEntity.ok().eTag(ETags.of(platform.version())).body(platform);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a platform",
            description = "An admin or one of its owners. Needs If-Match with " + "the ETag you read.")
    ResponseEntity<Void> delete(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        platforms.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
