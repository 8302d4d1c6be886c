package io.pxportal.roadmap.api;

import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.RatingService;
import io.pxportal.roadmap.RatingView;
import io.pxportal.roadmap.RoadmapItemFilter;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.roadmap.RoadmapItemView;
import io.pxportal.roadmap.api.RoadmapInputs.ItemInput;
import io.pxportal.roadmap.api.RoadmapInputs.RatingInput;
import io.pxportal.roadmap.api.RoadmapInputs.StatusInput;
import io.pxportal.roadmap.api.RoadmapResources.Item;
import io.pxportal.roadmap.api.RoadmapResources.Rating;
import io.pxportal.roadmap.api.RoadmapResources.Step;
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
@RequestMapping("/api/v1/roadmap")
@Tag(
        name = "Roadmap items",
        description = "Vendor roadmap items, their status history and their alignment ratings. "
                + "Everyone reads; an admin or a product owner of a platform the item concerns changes them.")
class RoadmapItemApiController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("title", "title");
        SORTABLE.put("product", "product");
        SORTABLE.put("committedQuarter", "committedQuarter");
        SORTABLE.put("status", "status");
    }

    private final RoadmapItemService items;
    private final RatingService ratings;

    RoadmapItemApiController(RoadmapItemService items, RatingService ratings) {
        this.items = items;
        this.ratings = ratings;
    }

    @GetMapping("/items")
    @Operation(
            summary = "One page of roadmap items",
            description = "Sorted by committed quarter unless `sort` says " + "otherwise.")
    ApiPage<Item> list(
            @Parameter(description = "Text in title or product") @RequestParam(required = false) String q,
            @RequestParam(required = false) Long vendorId,
            @RequestParam(required = false) ItemType type,
            @RequestParam(required = false) ItemStatus status,
            @ParameterObject ApiPageParams paging,
            @Parameter(description = "`title`, `product`, `committedQuarter` or `status`, optionally " + "`,desc`")
                    @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("committedQuarter", "title"));
        RoadmapItemFilter filter = new RoadmapItemFilter(q, vendorId, type, status);
        return ApiPage.of(
                items.page(filter, request).stream().map(Item::of).toList(),
                paging.page(),
                paging.size(),
                items.count(filter));
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "One roadmap item", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<Item> get(@PathVariable Long id) {
        RoadmapItemView item = items.get(id);
        return ResponseEntity.ok().eTag(ETags.of(item.draft().version())).body(Item.of(item));
    }

    @GetMapping("/items/{id}/status-history")
    @Operation(
            summary = "An item's status history",
            description = "Oldest first: each status with the quarter it " + "was committed to then.")
    List<Step> statusHistory(@PathVariable Long id) {
        return items.statusHistory(id).stream().map(Step::of).toList();
    }

    @PostMapping("/items")
    @Operation(
            summary = "Create a roadmap item",
            description = "Admins, and product owners of a platform it " + "concerns. Its status history starts today.")
    ResponseEntity<Item> create(@RequestBody ItemInput input) {
        RoadmapItemView item = items.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(item.id())
                        .toUri())
                .eTag(ETags.of(item.draft().version()))
                .body(Item.of(item));
    }

    @PutMapping("/items/{id}")
    @Operation(
            summary = "Change a roadmap item",
            description = "Needs If-Match. A different status or quarter is "
                    + "recorded as a new step of the status history, dated today.")
    ResponseEntity<Item> update(
            @PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ItemInput input) {
        RoadmapItemView item = items.update(id, input.toDraft(ETags.versionFrom(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(item.draft().version())).body(Item.of(item));
    }

    @PostMapping("/items/{id}/status")
    @Operation(
            summary = "Record a status",
            description = "A new, dated step of the status history (not before the "
                    + "last one, not in the future). Needs If-Match with the item's ETag.")
    ResponseEntity<Item> changeStatus(
            @PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StatusInput input) {
        RoadmapItemView item = items.changeStatus(id, input.toChange(ETags.versionFrom(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(item.draft().version())).body(Item.of(item));
    }

    @DeleteMapping("/items/{id}")
    @Operation(summary = "Delete a roadmap item", description = "With its ratings and status history. Needs If-Match.")
    ResponseEntity<Void> delete(
            @PathVariable Long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        items.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/ratings")
    @Operation(summary = "One page of alignment ratings", description = "By item, then objective.")
    ApiPage<Rating> ratings(@ParameterObject ApiPageParams paging) {
        var request = paging.request(Sort.by("itemId"));
        return ApiPage.of(
                ratings.page(request).stream().map(Rating::of).toList(), paging.page(), paging.size(), ratings.count());
    }

    @PutMapping("/items/{id}/ratings/{objectiveId}")
    @Operation(
            summary = "Rate an item against an objective",
            description = "-1 conflicts … 2 strongly supports; "
                    + "a null rating clears it. When the rating exists, If-Match must carry its ETag (the rating's version); "
                    + "leave If-Match out for a new one. Answers 204 when cleared.")
    ResponseEntity<Rating> rate(
            @PathVariable Long id,
            @PathVariable Long objectiveId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RatingInput input) {
        Long version = ifMatch == null || ifMatch.isBlank() ? null : ETags.versionFrom(ifMatch);
        RatingView rating = ratings.rate(id, objectiveId, input.rating(), input.rationale(), version);
        return rating == null
                ? ResponseEntity.noContent().build()
                : ResponseEntity.ok().eTag(ETags.of(rating.version())).body(Rating.of(rating));
    }
}
