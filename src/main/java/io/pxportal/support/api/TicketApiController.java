package io.pxportal.support.api;

import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.pxportal.support.ComplianceDimension;
import io.pxportal.support.ComplianceRow;
import io.pxportal.support.ComplianceService;
import io.pxportal.support.Severity;
import io.pxportal.support.TicketFilter;
import io.pxportal.support.TicketRecorded;
import io.pxportal.support.TicketService;
import io.pxportal.support.TicketStatus;
import io.pxportal.support.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@RequestMapping("/api/v1/tickets")
@Tag(
        name = "Vendor tickets",
        description =
                "Vendor support tickets with their SLA clocks. Everyone reads; an admin or "
                        + "an owner of the ticket's platform pushes tickets (idempotent by platform and case id) and status changes.")
class TicketApiController {

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("openedAt", "openedAt");
        SORTABLE.put("caseId", "caseId");
        SORTABLE.put("severity", "severity");
        SORTABLE.put("status", "status");
    }

    private final TicketService tickets;
    private final ComplianceService compliance;

    TicketApiController(TicketService tickets, ComplianceService compliance) {
        this.tickets = tickets;
        this.compliance = compliance;
    }

    @GetMapping
    @Operation(summary = "One page of tickets", description = "Newest first unless `sort` says otherwise.")
    ApiPage<TicketResource> list(
            @Parameter(description = "Text in case id or title") @RequestParam(required = false) String q,
            @Parameter(description = "Only this platform's tickets") @RequestParam(required = false) Long platformId,
            @Parameter(description = "P1 to P4") @RequestParam(required = false) Severity severity,
            @Parameter(description = "Opened from this month, e.g. 2026-01") @RequestParam(required = false)
                    YearMonth from,
            @Parameter(description = "Opened up to this month") @RequestParam(required = false) YearMonth to,
            @Parameter(description = "Only open tickets") @RequestParam(defaultValue = "false") boolean open,
            @Parameter(description = "Only tickets with a breached clock") @RequestParam(defaultValue = "false")
                    boolean breached,
            @ParameterObject ApiPageParams paging,
            @Parameter(description = "`openedAt`, `caseId`, `severity` or `status`, optionally `,desc`")
                    @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by(Sort.Order.desc("openedAt")));
        TicketFilter filter =
                new TicketFilter(q, platformId == null ? null : Set.of(platformId), severity, from, to, open, breached);
        return ApiPage.of(
                tickets.page(filter, request).stream().map(TicketResource::of).toList(),
                paging.page(),
                paging.size(),
                tickets.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One ticket",
            description = "With both clocks and the status history; the ETag is its version.")
    ResponseEntity<TicketResource> get(@PathVariable Long id) {
        TicketView ticket = tickets.get(id);
        return ResponseEntity.ok().eTag(ETags.of(ticket.version())).body(TicketResource.of(ticket));
    }

    @PostMapping
    @Operation(
            summary = "Push a ticket",
            description = "Creates the ticket (201) or brings it up to date (200): new "
                    + "details are taken over, milestones and a changed status are appended to its history. Sending the same "
                    + "ticket again changes nothing.")
    ResponseEntity<TicketResource> push(@RequestBody TicketInput input) {
        TicketRecorded recorded = tickets.record(input.toDraft());
        TicketView ticket = recorded.ticket();
        if (recorded.change() == TicketRecorded.Change.CREATED) {
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                            .path("/{id}")
                            .buildAndExpand(ticket.id())
                            .toUri())
                    .eTag(ETags.of(ticket.version()))
                    .body(TicketResource.of(ticket));
        }
        return ResponseEntity.ok().eTag(ETags.of(ticket.version())).body(TicketResource.of(ticket));
    }

    /** A status change pushed on its own. */
    record StatusInput(TicketStatus status, Instant at) {}

    @PostMapping("/{id}/status")
    @Operation(
            summary = "Append a status change",
            description = "Needs If-Match with the ETag you read; `at` " + "defaults to now.")
    ResponseEntity<TicketResource> status(
            @PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StatusInput input) {
        TicketView ticket = tickets.changeStatus(id, input.status(), input.at(), ETags.versionFrom(ifMatch));
        return ResponseEntity.status(HttpStatus.OK)
                .eTag(ETags.of(ticket.version()))
                .body(TicketResource.of(ticket));
    }

    /** Compliance of one group: decided clocks met and breached, and the percentages. */
    record ComplianceResource(
            String key,
            String label,
            long responseMet,
            long responseBreached,
            long resolutionMet,
            long resolutionBreached,
            java.math.BigDecimal responsePercent,
            java.math.BigDecimal resolutionPercent) {}

    @GetMapping("/compliance")
    @Operation(
            summary = "SLA compliance",
            description = "Of the tickets opened from `from` to `to` (months, e.g. "
                    + "2026-01), grouped by MONTH, SEVERITY, PLATFORM or VENDOR.")
    List<ComplianceResource> compliance(
            @RequestParam YearMonth from,
            @RequestParam YearMonth to,
            @RequestParam(defaultValue = "MONTH") ComplianceDimension by) {
        return compliance.compliance(from, to, by).stream()
                .map(TicketApiController::resource)
                .toList();
    }

    private static ComplianceResource resource(ComplianceRow r) {
        return new ComplianceResource(
                r.key(),
                r.label(),
                r.responseMet(),
                r.responseBreached(),
                r.resolutionMet(),
                r.resolutionBreached(),
                r.responsePercent(),
                r.resolutionPercent());
    }
}
