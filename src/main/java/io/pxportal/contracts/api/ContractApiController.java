package io.pxportal.contracts.api;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.identity.UserDirectory;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiMessages;
import io.pxportal.shared.api.ApiPage;
import io.pxportal.shared.api.ApiPageParams;
import io.pxportal.shared.api.ETags;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/contracts")
@Tag(
        name = "Contracts",
        description =
                "Contracts with vendors and where each stands: term, notice deadline, next "
                        + "renewal. Everyone reads; an admin or a product owner of one of the covered platforms changes or deletes.")
class ContractApiController {

    /** API sort name → property, in the order the document lists them. */
    private static final Map<String, String> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("number", "number");
        SORTABLE.put("title", "title");
        SORTABLE.put("start", "start");
        SORTABLE.put("annualValue", "annualValue");
    }

    private final ContractService contracts;
    private final UserDirectory users;
    private final ApiMessages messages;

    ContractApiController(ContractService contracts, UserDirectory users, ApiMessages messages) {
        this.contracts = contracts;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "One page of contracts",
            description = "Filtered like the contracts list of the portal, "
                    + "sorted by number unless `sort` says otherwise; each with where it stands today.")
    ApiPage<ContractResource> list(
            @Parameter(description = "Text to look for in number or title") @RequestParam(required = false) String q,
            @Parameter(description = "Only this vendor's contracts") @RequestParam(required = false) Long vendorId,
            @Parameter(description = "Only contracts covering this platform") @RequestParam(required = false)
                    Long platformId,
            @Parameter(description = "Only contracts whose terms cannot work as entered (`inconsistent` is true)")
                    @RequestParam(defaultValue = "false")
                    boolean inconsistent,
            @ParameterObject ApiPageParams paging,
            @Parameter(
                            description = "`number`, `title`, `start` or `annualValue`, optionally `,desc`; repeat for "
                                    + "more",
                            example = "start,desc")
                    @RequestParam(required = false)
                    List<String> sort) {
        var request = paging.request(sort, SORTABLE, Sort.by("number"));
        ContractFilter filter = new ContractFilter(q, vendorId, platformId, inconsistent);
        return ApiPage.of(
                contracts.page(filter, request).stream().map(this::resource).toList(),
                paging.page(),
                paging.size(),
                contracts.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One contract",
            description = "The ETag is the version to send back in If-Match when " + "changing or deleting it.")
    ResponseEntity<ContractResource> get(@PathVariable Long id) {
        ContractView contract = contracts.get(id);
        return ResponseEntity.ok().eTag(ETags.of(contract.draft().version())).body(resource(contract));
    }

    @GetMapping("/{id}/schedule")
    @Operation(
            summary = "Where a contract stands on a date",
            description = "Term, notice deadline and next "
                    + "renewal on `date` (today if left out), explained in the language of Accept-Language.")
    ScheduleResource schedule(
            @PathVariable Long id,
            @Parameter(description = "The day to look at, e.g. 2027-01-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        RenewalSchedule schedule = date == null ? contracts.get(id).schedule() : contracts.scheduleOn(id, date);
        return explained(schedule);
    }

    @PostMapping
    @Operation(
            summary = "Create a contract",
            description = "Admins, and product owners for platforms they own. "
                    + "Answers 201 with its Location and ETag. A start or notice-given date before 1990-01-01 or more than "
                    + "50 years ahead is refused (400); a term as short as its notice period or shorter is saved, with "
                    + "`inconsistent` and `warnings` saying what does not work (docs/adr/006-contract-sanity.md).")
    ResponseEntity<ContractResource> create(@RequestBody ContractInput input) {
        requireKnownOwner(input.owner());
        ContractView contract = contracts.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(contract.id())
                        .toUri())
                .eTag(ETags.of(contract.draft().version()))
                .body(resource(contract));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a contract",
            description = "Replaces its fields. Needs If-Match with the ETag you "
                    + "read; answers with the new ETag. The date checks and warnings of creating apply.")
    ResponseEntity<ContractResource> update(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @RequestBody ContractInput input) {
        long version = ETags.versionFrom(ifMatch);
        requireKnownOwner(input.owner());
        ContractView contract = contracts.update(id, input.toDraft(version));
        return ResponseEntity.ok().eTag(ETags.of(contract.draft().version())).body(resource(contract));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a contract",
            description = "An admin or an owner of one of its platforms. Needs " + "If-Match with the ETag you read.")
    ResponseEntity<Void> delete(
            @PathVariable Long id,
            @Parameter(description = "The ETag you read, e.g. \"3\"")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch) {
        contracts.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /**
     * The UI picks the owner from a list; an API client types a name, and an unknown one would only fail at the
     * database. Checked here until ContractService checks it for every caller.
     */
    private void requireKnownOwner(String owner) {
        if (owner != null
                && !owner.isBlank()
                && users.byUsernames(Set.of(owner.trim())).isEmpty()) {
            throw new DomainException("contract.owner.unknown", owner.trim());
        }
    }

    private ContractResource resource(ContractView contract) {
        return ContractResource.of(
                contract,
                explained(contract.schedule()),
                ScheduleResource.sentences(
                        contract.warnings(),
                        Languages.supportedOrDefault(LocaleContextHolder.getLocale()),
                        messages::get));
    }

    private ScheduleResource explained(RenewalSchedule schedule) {
        return ScheduleResource.of(
                schedule, Languages.supportedOrDefault(LocaleContextHolder.getLocale()), messages::get);
    }
}
