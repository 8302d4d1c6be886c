package io.pxportal.licensing;

import io.pxportal.contracts.ContractView;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Entitlements with their effective licence position: everyone logged in reads; an admin, or a product owner of
 * the entitlement's platform, changes them. Positions are as of today unless a date is asked for.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class EntitlementService {

    /** How far back the usage chart looks. */
    static final int TIMELINE_MONTHS = 24;

    private final EntitlementRepository entitlements;
    private final UsageMeasurementRepository measurements;
    private final LicencePositions positions;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    EntitlementService(
            EntitlementRepository entitlements,
            UsageMeasurementRepository measurements,
            LicencePositions positions,
            PlatformService platforms,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.entitlements = entitlements;
        this.measurements = measurements;
        this.positions = positions;
        this.platforms = platforms;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** One page of entitlements matching the filter, each with its position on {@code asOf} (null: today). */
    @PreAuthorize("isAuthenticated()")
    public List<EntitlementView> page(EntitlementFilter filter, LocalDate asOf, Pageable pageable) {
        return positions.views(
                entitlements
                        .findAll(EntitlementRepository.matching(filter), pageable)
                        .getContent(),
                asOf == null ? LocalDate.now(clock) : asOf);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(EntitlementFilter filter) {
        return entitlements.count(EntitlementRepository.matching(filter));
    }

    /** The entitlement with its position today. */
    @PreAuthorize("isAuthenticated()")
    public EntitlementView get(Long id) {
        return positions.views(List.of(find(id)), LocalDate.now(clock)).getFirst();
    }

    /** The position on any date, e.g. "where will we stand at the end of the contract year?". */
    @PreAuthorize("isAuthenticated()")
    public LicencePosition positionOn(Long id, LocalDate date) {
        return positions.views(List.of(find(id)), date).getFirst().position();
    }

    /** Consumption over the last two years up to {@code asOf}, against the entitlement, for a chart. */
    @PreAuthorize("isAuthenticated()")
    public UsageTimeline timeline(Long id, LocalDate asOf) {
        Entitlement entitlement = find(id);
        List<MeasuredUsage> usage =
                measurements.findOverlapping(Set.of(id), asOf.minusMonths(TIMELINE_MONTHS), asOf).stream()
                        .map(UsageMeasurement::toUsage)
                        .toList();
        return UsageTimelines.timeline(positions.terms(entitlement), usage, asOf);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public EntitlementView create(@Valid EntitlementDraft draft) {
        check(draft, null);
        return get(entitlements.saveAndFlush(new Entitlement(draft)).getId());
    }

    /**
     * {@link #create} for an import that has matched a whole chunk of rows to their lines at once (this one is new)
     * and checked, reading the row, that the platform is one of the contract's: the rest of the checks, no view.
     */
    @Transactional
    void createMatched(EntitlementDraft draft) {
        if (!platforms.canEditAny(Set.of(draft.platformId()))) {
            throw new DomainException("entitlement.platform.not-yours");
        }
        entitlements.save(new Entitlement(draft));
    }

    /** Saves changes; refuses when someone else saved the entitlement since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("@entitlementAccess.canEdit(#id)")
    public EntitlementView update(Long id, @Valid EntitlementDraft draft) {
        Entitlement entitlement = find(id);
        ConcurrentEditException.check(draft.version(), entitlement.getVersion(), entitlement.getProduct());
        check(draft, id);
        // Counts on a day and volumes over periods cannot be read as each other.
        if (draft.metric().isCountedAtDate() != entitlement.getMetric().isCountedAtDate()
                && measurements.existsByEntitlementId(id)) {
            throw new DomainException("entitlement.metric.has-measurements");
        }
        entitlement.describe(draft);
        recordVersions.saved(entitlements.saveAndFlush(entitlement), draft.version());
        return get(id);
    }

    /** Deletes the entitlement with its measurements (each removal is in the history). */
    @Transactional
    @PreAuthorize("@entitlementAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        Entitlement entitlement = find(id);
        ConcurrentEditException.check(version, entitlement.getVersion(), entitlement.getProduct());
        measurements.deleteAll(measurements.findByEntitlementId(id));
        entitlements.delete(entitlement);
        entitlements.flush();
    }

    /** Every change to the entitlement and its measurements, newest first, with contract and platform by name. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        List<AuditEntry> own = auditTrail.history(Entitlement.class, id, Entitlement::getProduct);
        Map<String, String> contractNames = new HashMap<>();
        Map<String, String> platformNames = new HashMap<>();
        Set<Long> platformIds = ids(own, "entitlement.platform");
        platforms.refsByIds(platformIds).values().forEach(p -> platformNames.put(String.valueOf(p.id()), p.name()));
        for (Long contractId : ids(own, "entitlement.contract")) {
            try {
                contractNames.put(
                        String.valueOf(contractId),
                        positions
                                .contracts(List.of(contractId))
                                .get(contractId)
                                .draft()
                                .number());
            } catch (NotFoundException deleted) {
                // a contract deleted meanwhile stays an id
            }
        }
        List<AuditEntry> named = own.stream()
                .map(entry -> new AuditEntry(
                        entry.revision(),
                        entry.at(),
                        entry.username(),
                        entry.kind(),
                        entry.subject(),
                        entry.changes().stream()
                                .map(change -> switch (change.field()) {
                                    case "entitlement.contract" -> named(change, contractNames);
                                    case "entitlement.platform" -> named(change, platformNames);
                                    default -> change;
                                })
                                .toList()))
                .toList();
        return AuditTrail.newestFirst(
                named,
                auditTrail.historyOfRelated(
                        UsageMeasurement.class, "entitlement", id, UsageMeasurement::label, UsageMeasurement::getId));
    }

    private static Set<Long> ids(List<AuditEntry> history, String field) {
        return history.stream()
                .flatMap(e -> e.changes().stream())
                .filter(c -> c.field().equals(field))
                .flatMap(c -> java.util.stream.Stream.of(c.oldValue(), c.newValue()))
                .filter(v -> !v.isBlank())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    private static AuditEntry.FieldChange named(AuditEntry.FieldChange change, Map<String, String> names) {
        return new AuditEntry.FieldChange(
                change.field(),
                names.getOrDefault(change.oldValue(), change.oldValue()),
                names.getOrDefault(change.newValue(), change.newValue()));
    }

    private void check(EntitlementDraft draft, Long ownId) {
        ContractView contract = positions.contracts(List.of(draft.contractId())).get(draft.contractId());
        if (!contract.draft().platformIds().contains(draft.platformId())) {
            throw new DomainException(
                    "entitlement.platform.not-in-contract", contract.draft().number());
        }
        if (!platforms.canEditAny(Set.of(draft.platformId()))) {
            throw new DomainException("entitlement.platform.not-yours");
        }
        entitlements
                .findFirstByContractIdAndPlatformIdAndProductIgnoreCaseAndMetric(
                        draft.contractId(), draft.platformId(), draft.product().trim(), draft.metric())
                .filter(e -> !e.getId().equals(ownId))
                .ifPresent(e -> {
                    throw new DomainException(
                            "entitlement.line.taken",
                            e.getProduct(),
                            contract.draft().number());
                });
    }

    private Entitlement find(Long id) {
        return entitlements.findById(id).orElseThrow(() -> new NotFoundException("entitlement", id));
    }
}
