package io.pxportal.finance.api;

import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineFilter;
import io.pxportal.finance.CostLineService;
import io.pxportal.finance.CostLineView;
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
@RequestMapping("/api/v1/cost-lines")
@Tag(
        name = "Cost lines",
        description = "Costs in their own currency per platform, vendor, contract, category and "
                + "month, actual or committed. FINANCE and ADMIN change them; product owners see and change their own "
                + "platforms' lines only when the finance settings allow it.")
class CostLineApiController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("reference", "reference");
        SORTABLE.put("period", "periodMonth");
        SORTABLE.put("amount", "amount");
        SORTABLE.put("category", "category");
    }

    private final CostLineService lines;

    CostLineApiController(CostLineService lines) {
        this.lines = lines;
    }

    @GetMapping
    @Operation(
            summary = "One page of cost lines",
            description = "Filtered like the cost lines list of the portal, "
                    + "newest month first unless `sort` says otherwise.")
    ApiPage<CostLineView> list(
            @Parameter(description = "Text in reference or description") @RequestParam(required = false) String q,
            @RequestParam(required = false) Long platformId,
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) CostCategory category,
            @RequestParam(required = false) CostKind kind,
            @Parameter(description = "Fiscal year, named by the year it starts in") @RequestParam(required = false)
                    Integer fiscalYear,
            @ParameterObject ApiPageParams paging,
            @Parameter(description = "`reference`, `period`, `amount` or `category`, optionally `,desc`")
                    @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by(Sort.Order.desc("periodMonth")));
        CostLineFilter filter = new CostLineFilter(q, platformId, vendorId, category, kind, fiscalYear);
        return ApiPage.of(lines.page(filter, request), paging.page(), paging.size(), lines.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cost line", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<CostLineView> get(@PathVariable Long id) {
        CostLineView line = lines.get(id);
        return ResponseEntity.ok().eTag(ETags.of(line.draft().version())).body(line);
    }

    @PostMapping
    @Operation(
            summary = "Record a cost line",
            description = "Answers 201 with its Location and ETag; a reference "
                    + "that exists already is refused (use the bulk import API to upsert by reference).")
    ResponseEntity<CostLineView> create(@RequestBody CostLineInput input) {
        CostLineView line = lines.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(line.id())
                        .toUri())
                .eTag(ETags.of(line.draft().version()))
                .body(line);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a cost line", description = "Needs If-Match with the ETag you read.")
    ResponseEntity<CostLineView> update(
            @PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CostLineInput input) {
        CostLineView line = lines.update(id, input.toDraft(ETags.versionFrom(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(line.draft().version())).body(line);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a cost line", description = "Needs If-Match with the ETag you read.")
    ResponseEntity<Void> delete(
            @PathVariable Long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        lines.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
