package io.pxportal.support.api;

import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.SlaPolicyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/v1/sla-policies")
@Tag(
        name = "SLA policies",
        description = "SLA policies per contract: targets per severity on a business calendar or "
                + "round the clock, pausing statuses, uptime and credit rules. Everyone reads; an admin or an owner of one of "
                + "the contract's platforms creates, changes and retires.")
class SlaPolicyApiController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "name");
        SORTABLE.put("contractId", "contractId");
    }

    private final SlaPolicyService policies;

    SlaPolicyApiController(SlaPolicyService policies) {
        this.policies = policies;
    }

    @GetMapping
    @Operation(summary = "One page of SLA policies", description = "Retired ones included (with `retiredOn`).")
    ApiPage<PolicyResource> list(
            @ParameterObject ApiPageParams paging,
            @Parameter(description = "`name` or `contractId`, optionally `,desc`") @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("name"));
        return ApiPage.of(
                policies.page(request).stream().map(PolicyResource::of).toList(),
                paging.page(),
                paging.size(),
                policies.count());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One SLA policy", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<PolicyResource> get(@PathVariable Long id) {
        SlaPolicyView policy = policies.get(id);
        return ResponseEntity.ok().eTag(ETags.of(policy.draft().version())).body(PolicyResource.of(policy));
    }

    @PostMapping
    @Operation(
            summary = "Create an SLA policy",
            description = "For a contract without a policy in force. Answers 201 " + "with its Location and ETag.")
    ResponseEntity<PolicyResource> create(@RequestBody PolicyResource input) {
        SlaPolicyView policy = policies.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(policy.id())
                        .toUri())
                .eTag(ETags.of(policy.draft().version()))
                .body(PolicyResource.of(policy));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an SLA policy",
            description = "Replaces its fields and re-times its open tickets, and "
                    + "with `retimeFrom` (a month) also the closed ones opened from then on. Needs If-Match.")
    ResponseEntity<PolicyResource> update(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Parameter(description = "Re-time closed tickets from this month, e.g. 2026-01")
                    @RequestParam(required = false)
                    YearMonth retimeFrom,
            @RequestBody PolicyResource input) {
        long version = ETags.versionFrom(ifMatch);
        SlaPolicyView policy = policies.update(id, input.toDraft(version), retimeFrom);
        return ResponseEntity.ok().eTag(ETags.of(policy.draft().version())).body(PolicyResource.of(policy));
    }

    @PostMapping("/{id}/retire")
    @Operation(
            summary = "Retire an SLA policy",
            description =
                    "From today it takes no new tickets; its tickets keep " + "it and their history. Needs If-Match.")
    ResponseEntity<PolicyResource> retire(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        SlaPolicyView policy = policies.retire(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(policy.draft().version())).body(PolicyResource.of(policy));
    }
}
