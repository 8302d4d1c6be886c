package io.pxportal.support.api;

import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.pxportal.support.BusinessCalendarService;
import io.pxportal.support.BusinessCalendarView;
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
@RequestMapping("/api/v1/business-calendars")
@Tag(
        name = "Business calendars",
        description = "The calendars SLA clocks run on: time zone, versions of the working "
                + "week with the date each takes effect, holidays. Everyone reads; admins and product owners create; an admin, "
                + "or a product owner who may change every policy on the calendar, changes it.")
class BusinessCalendarApiController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("name", "name");
        SORTABLE.put("timeZone", "timeZone");
    }

    private final BusinessCalendarService calendars;

    BusinessCalendarApiController(BusinessCalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(summary = "One page of business calendars", description = "Sorted by name unless `sort` says otherwise.")
    ApiPage<CalendarResource> list(
            @ParameterObject ApiPageParams paging,
            @Parameter(description = "`name` or `timeZone`, optionally `,desc`") @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("name"));
        return ApiPage.of(
                calendars.page(request).stream().map(CalendarResource::of).toList(),
                paging.page(),
                paging.size(),
                calendars.count());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One business calendar", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<CalendarResource> get(@PathVariable Long id) {
        BusinessCalendarView calendar = calendars.get(id);
        return ResponseEntity.ok().eTag(ETags.of(calendar.draft().version())).body(CalendarResource.of(calendar));
    }

    @PostMapping
    @Operation(summary = "Create a business calendar", description = "Answers 201 with its Location and ETag.")
    ResponseEntity<CalendarResource> create(@RequestBody CalendarResource input) {
        BusinessCalendarView calendar = calendars.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(calendar.id())
                        .toUri())
                .eTag(ETags.of(calendar.draft().version()))
                .body(CalendarResource.of(calendar));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a business calendar",
            description = "Replaces its fields and re-times the open "
                    + "tickets of every policy on it, and with `retimeFrom` (a month, e.g. 2026-01) also the closed tickets "
                    + "opened from that month on. Needs If-Match with the ETag you read.")
    ResponseEntity<CalendarResource> update(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Parameter(description = "Re-time closed tickets from this month, e.g. 2026-01")
                    @RequestParam(required = false)
                    YearMonth retimeFrom,
            @RequestBody CalendarResource input) {
        long version = ETags.versionFrom(ifMatch);
        BusinessCalendarView calendar = calendars.update(id, input.toDraft(version), retimeFrom);
        return ResponseEntity.ok().eTag(ETags.of(calendar.draft().version())).body(CalendarResource.of(calendar));
    }
}
