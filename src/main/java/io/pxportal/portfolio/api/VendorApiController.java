package io.pxportal.portfolio.api;

import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorRow;
import io.pxportal.portfolio.VendorService;
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
@RequestMapping("/api/v1/vendors")
@Tag(
        name = "Vendors",
        description = "Suppliers of CCM products. Everyone reads; admins and product owners "
                + "create and change; only admins delete, and only vendors no platform refers to.")
class VendorApiController {

    /** API sort name → property, in the order the document lists them. */
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "name");
        SORTABLE.put("country", "country");
        SORTABLE.put("accountManager", "accountManager");
    }

    private final VendorService vendors;

    VendorApiController(VendorService vendors) {
        this.vendors = vendors;
    }

    @GetMapping
    @Operation(
            summary = "One page of vendors",
            description = "Filtered by `q` (in name, country or account "
                    + "manager), sorted by name unless `sort` says otherwise.")
    ApiPage<VendorRow> list(
            @Parameter(description = "Text to look for in name, country or account manager")
                    @RequestParam(required = false)
                    String q,
            @ParameterObject ApiPageParams paging,
            @Parameter(
                            description = "`name`, `country` or `accountManager`, optionally `,desc`; repeat for more",
                            example = "name,desc")
                    @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("name"));
        return ApiPage.of(vendors.page(q, request), paging.page(), paging.size(), vendors.count(q));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One vendor with its contacts",
            description = "The ETag is the version to send back " + "in If-Match when changing or deleting it.")
    ResponseEntity<VendorDetails> get(@PathVariable Long id) {
        VendorDetails vendor = vendors.get(id);
        return ResponseEntity.ok().eTag(ETags.of(vendor.version())).body(vendor);
    }

    @PostMapping
    @Operation(summary = "Create a vendor", description = "Answers 201 with its Location and ETag.")
    ResponseEntity<VendorDetails> create(@RequestBody VendorInput input) {
        VendorDetails vendor = vendors.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(vendor.id())
                        .toUri())
                .eTag(ETags.of(vendor.version()))
                .body(vendor);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a vendor",
            description = "Replaces its fields and contacts. Needs If-Match "
                    + "with the ETag you read; answers with the new ETag.")
    ResponseEntity<VendorDetails> update(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody VendorInput input) {
        VendorDetails vendor = vendors.update(id, input.toDraft(ETags.versionFrom(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(vendor.version())).body(vendor);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a vendor",
            description =
                    "Admins only; refused while platforms refer to it. " + "Needs If-Match with the ETag you read.")
    ResponseEntity<Void> delete(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        vendors.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
