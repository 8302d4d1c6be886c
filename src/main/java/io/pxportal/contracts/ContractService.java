package io.pxportal.contracts;

import io.pxportal.exchange.NameIndex;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Contracts: everyone logged in reads; an admin, or a product owner of one of the covered platforms, changes
 * them. Every contract is shown with its renewal schedule as of today.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ContractService {

    private final ContractRepository contracts;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;
    private final ContractChecks checks;
    private final Clock clock;
    private final RecordVersions recordVersions;

    ContractService(
            ContractRepository contracts,
            VendorService vendors,
            PlatformService platforms,
            AuditTrail auditTrail,
            ContractChecks checks,
            Clock clock,
            RecordVersions recordVersions) {
        this.checks = checks;
        this.contracts = contracts;
        this.vendors = vendors;
        this.platforms = platforms;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** One page of contracts matching the filter, each with its schedule as of today. */
    @PreAuthorize("isAuthenticated()")
    public List<ContractView> page(ContractFilter filter, Pageable pageable) {
        if (!filter.inconsistentOnly()) {
            return views(contracts
                    .findAll(ContractRepository.matching(filter), pageable)
                    .getContent());
        }
        List<Contract> inconsistent = inconsistent(filter, pageable.getSort());
        int from = (int) Math.min(pageable.getOffset(), inconsistent.size());
        return views(inconsistent.subList(from, Math.min(from + pageable.getPageSize(), inconsistent.size())));
    }

    @PreAuthorize("isAuthenticated()")
    public long count(ContractFilter filter) {
        return filter.inconsistentOnly()
                ? inconsistent(filter, Sort.unsorted()).size()
                : contracts.count(ContractRepository.matching(filter));
    }

    /**
     * The matching contracts whose terms cannot work as entered. Derived from the terms, not stored, like the
     * renewal calendar's dates: hundreds of contracts are checked in memory faster than a stored flag is kept
     * in step with the rules.
     */
    private List<Contract> inconsistent(ContractFilter filter, Sort sort) {
        return contracts.findAll(ContractRepository.matching(filter), sort.and(Sort.by("id"))).stream()
                .filter(c -> !ContractSanity.warnings(c.renewalTerms()).isEmpty())
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public ContractView get(Long id) {
        return views(List.of(find(id))).getFirst();
    }

    /** Every contract's id by number, for an import that names contracts on its rows: one query for the file. */
    @PreAuthorize("isAuthenticated()")
    public NameIndex numberIndex() {
        return new NameIndex(contracts.idsAndNumbers());
    }

    /** Every contract's platforms by contract id, for an import that checks them on its rows: one query. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<Long>> platformIdsByContract() {
        Map<Long, Set<Long>> links = new java.util.HashMap<>();
        for (Object[] link : contracts.platformLinks()) {
            links.computeIfAbsent((Long) link[0], id -> new java.util.HashSet<>())
                    .add((Long) link[1]);
        }
        return links;
    }

    /** Contracts by id with their schedules today, for modules that refer to many; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ContractView> byIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : views(contracts.findAllById(Set.copyOf(ids))).stream()
                        .collect(Collectors.toMap(ContractView::id, Function.identity()));
    }

    /** The contract's schedule on any date, e.g. to answer "where will we stand on 1 January?". */
    @PreAuthorize("isAuthenticated()")
    public RenewalSchedule scheduleOn(Long id, LocalDate date) {
        return RenewalEngine.schedule(find(id).renewalTerms(), date);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ContractView create(@Valid ContractDraft draft) {
        checks.check(draft, null, Set.of());
        return get(contracts.saveAndFlush(new Contract(draft)).getId());
    }

    /**
     * {@link #create} for an import that has matched the numbers of a whole chunk of rows at once (this one is free):
     * the same checks but that one, and no view built that nobody reads.
     */
    @Transactional
    void createNumbered(ContractDraft draft) {
        ContractChecks.checkTerms(draft);
        checks.checkOwnerAndRights(draft, Set.of());
        // The vendor and platforms were found by name in the import's own pass: ids that exist (and foreign keys).
        contracts.save(new Contract(draft));
    }

    /** Saves changes; refuses when someone else saved the contract since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#id)")
    public ContractView update(Long id, @Valid ContractDraft draft) {
        Contract contract = find(id);
        ConcurrentEditException.check(draft.version(), contract.getVersion(), contract.getNumber());
        checks.check(draft, id, Set.copyOf(contract.getPlatformIds()));
        contract.describe(draft);
        recordVersions.saved(contracts.saveAndFlush(contract), draft.version());
        return get(id);
    }

    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        Contract contract = find(id);
        ConcurrentEditException.check(version, contract.getVersion(), contract.getNumber());
        try {
            contracts.delete(contract);
            contracts.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Records of other modules (entitlements) still refer to it; they must go first.
            throw new DomainException("contract.delete.in-use", contract.getNumber());
        }
    }

    /** Every change to the contract, newest first, with vendor and platforms by name. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        List<AuditEntry> history = auditTrail.history(Contract.class, id, Contract::getNumber);
        Map<Long, String> vendorNames = vendors.refsByIds(ids(history, "contract.vendor")).values().stream()
                .collect(Collectors.toMap(VendorRef::id, VendorRef::name));
        Map<Long, String> platformNames = platforms.refsByIds(ids(history, "contract.platforms")).values().stream()
                .collect(Collectors.toMap(PlatformRef::id, PlatformRef::name));
        return AuditTrail.newestFirst(history.stream()
                .map(entry -> new AuditEntry(
                        entry.revision(),
                        entry.at(),
                        entry.username(),
                        entry.kind(),
                        entry.subject(),
                        entry.changes().stream()
                                .map(change -> switch (change.field()) {
                                    case "contract.vendor" -> named(change, vendorNames);
                                    case "contract.platforms" -> named(change, platformNames);
                                    default -> change;
                                })
                                .toList()))
                .toList());
    }

    /** The ids an audited field mentions (a single id or a comma-separated list). */
    private static Set<Long> ids(List<AuditEntry> history, String field) {
        return history.stream()
                .flatMap(e -> e.changes().stream())
                .filter(c -> c.field().equals(field))
                .flatMap(c -> Stream.of(c.oldValue(), c.newValue()))
                .flatMap(v -> Arrays.stream(v.split(", ")))
                .filter(v -> !v.isBlank())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    /** The change with ids replaced by names (ids of records deleted meanwhile stay ids). */
    private static AuditEntry.FieldChange named(AuditEntry.FieldChange change, Map<Long, String> names) {
        Function<String, String> toNames = value -> Arrays.stream(value.split(", "))
                .filter(v -> !v.isBlank())
                .map(v -> names.getOrDefault(Long.valueOf(v), v))
                .collect(Collectors.joining(", "));
        return new AuditEntry.FieldChange(
                change.field(), toNames.apply(change.oldValue()), toNames.apply(change.newValue()));
    }

    private List<ContractView> views(Collection<Contract> page) {
        Map<Long, VendorRef> vendorNames =
                vendors.refsByIds(page.stream().map(Contract::getVendorId).collect(Collectors.toSet()));
        Map<Long, PlatformRef> platformNames = platforms.refsByIds(
                page.stream().flatMap(c -> c.getPlatformIds().stream()).collect(Collectors.toSet()));
        Set<Long> editable = platforms.editableAmong(platformNames.keySet());
        LocalDate today = LocalDate.now(clock);
        return page.stream()
                .map(c -> new ContractView(
                        c.getId(),
                        c.toDraft(),
                        vendorNames.get(c.getVendorId()),
                        c.getPlatformIds().stream()
                                .map(platformNames::get)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        RenewalEngine.schedule(c.renewalTerms(), today),
                        CurrentUser.hasRole(Role.ADMIN)
                                || c.getPlatformIds().stream().anyMatch(editable::contains)))
                .toList();
    }

    private Contract find(Long id) {
        return contracts.findById(id).orElseThrow(() -> new NotFoundException("contract", id));
    }
}
