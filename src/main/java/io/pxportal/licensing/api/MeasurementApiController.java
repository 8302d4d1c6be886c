package io.pxportal.licensing.api;

import io.pxportal.licensing.MeasurementView;
import io.pxportal.licensing.UsageService;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@RequestMapping("/api/v1/entitlements/{entitlementId}/measurements")
@Tag(
        name = "Usage",
        description = "Usage measurements of an entitlement: a count on a day (seats, capacity) or a "
                + "volume over a period. Everyone reads; an admin or an owner of the entitlement's platform pushes and "
                + "removes. What is pushed here is recorded with source API.")
class MeasurementApiController {

    private final UsageService usage;

    MeasurementApiController(UsageService usage) {
        this.usage = usage;
    }

    @GetMapping
    @Operation(summary = "One page of an entitlement's measurements", description = "Newest first.")
    ApiPage<MeasurementView> list(@PathVariable Long entitlementId, @ParameterObject ApiPageParams paging) {
        var request = paging.request(Sort.unsorted());
        return ApiPage.of(
                usage.measurements(entitlementId, request),
                paging.page(),
                paging.size(),
                usage.countMeasurements(entitlementId));
    }

    @PostMapping
    @Operation(
            summary = "Push a measurement",
            description = "Recorded with source API. A second measurement for "
                    + "the same environment and day is refused (correct it in the portal, or upsert through "
                    + "`/api/v1/import/usage/rows`). Answers 201 with its Location and ETag.")
    ResponseEntity<MeasurementView> create(@PathVariable Long entitlementId, @RequestBody MeasurementInput input) {
        MeasurementView measurement = usage.record(input.toDraft(entitlementId));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(measurement.id())
                        .toUri())
                .eTag(ETags.of(measurement.version()))
                .body(measurement);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Remove a measurement",
            description = "Needs If-Match with the ETag from when it was " + "pushed or listed (its version).")
    ResponseEntity<Void> delete(
            @PathVariable Long entitlementId,
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"0\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        usage.remove(entitlementId, id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
