package io.pxportal.finance;

import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.portfolio.PlatformDetails;
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
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Cost lines: entered, imported, pushed by API or recorded by another module. Who sees and changes which lines:
 * {@link FinanceAccess}. The reference identifies a line for good, so recording it again updates it.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CostLineService {

    private final CostLineRepository lines;
    private final FinanceAccess access;
    private final FinanceSettingsService settings;
    private final PlatformService platforms;
    private final VendorService vendors;
    private final ContractService contracts;
    private final AuditTrail auditTrail;
    private final RecordVersions recordVersions;

    CostLineService(
            CostLineRepository lines,
            FinanceAccess access,
            FinanceSettingsService settings,
            PlatformService platforms,
            VendorService vendors,
            ContractService contracts,
            AuditTrail auditTrail,
            RecordVersions recordVersions) {
        this.lines = lines;
        this.access = access;
        this.settings = settings;
        this.platforms = platforms;
        this.vendors = vendors;
        this.contracts = contracts;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    /** One page of the lines the user may see that match the filter. */
    @PreAuthorize("isAuthenticated()")
    public List<CostLineView> page(CostLineFilter filter, Pageable pageable) {
        // The grid shows single lines (reference, description, contract): detail the monthly sums do not hold.
        FiscalCalendar calendar = settings.get().calendar();
        return views(
                lines.findAll(CostLineRepository.matching(filter, calendar, access.visiblePlatforms()), pageable)
                        .getContent(),
                calendar);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(CostLineFilter filter) {
        return lines.count(CostLineRepository.matching(filter, settings.get().calendar(), access.visiblePlatforms()));
    }

    @PreAuthorize("isAuthenticated()")
    public CostLineView get(Long id) {
        CostLine line = find(id);
        Set<Long> visible = access.visiblePlatforms();
        if (visible != null && !visible.contains(line.getPlatformId())) {
            throw new NotFoundException("cost-line", id);
        }
        return views(List.of(line), settings.get().calendar()).getFirst();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE') or @financeAccess.canEdit(#draft?.platformId())")
    public CostLineView create(@Valid CostLineDraft draft) {
        return get(add(draft, CostSource.MANUAL).getId());
    }

    /** Saves changes; refuses when someone else saved the line since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE') or @financeAccess.canEdit(#draft?.platformId())")
    public CostLineView update(Long id, @Valid CostLineDraft draft) {
        CostLine line = changeable(id);
        ConcurrentEditException.check(draft.version(), line.getVersion(), line.getReference());
        line.describe(draft, check(draft, id));
        recordVersions.saved(lines.saveAndFlush(line), draft.version());
        return get(id);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'PRODUCT_OWNER')")
    public void delete(Long id, Long version) {
        CostLine line = changeable(id);
        ConcurrentEditException.check(version, line.getVersion(), line.getReference());
        lines.delete(line);
        lines.flush();
    }

    /**
     * Records a cost on behalf of another module (e.g. a service credit granted by the vendor, as a negative
     * amount): creates the line, or updates the one with the same reference, so recording an event twice does not
     * count it twice. Listeners call it as a system actor ({@code SystemAuthentication.runAs}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public CostLineView record(@Valid CostLineDraft cost) {
        var existing = lines.findByReferenceIgnoreCase(cost.reference().trim());
        if (existing.isEmpty()) {
            return get(add(cost, CostSource.MODULE).getId());
        }
        CostLine line = existing.get();
        line.describe(cost, check(cost, line.getId()));
        lines.saveAndFlush(line);
        return get(line.getId());
    }

    /** Every change to the line, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        get(id);
        return AuditTrail.newestFirst(auditTrail.history(CostLine.class, id, CostLine::getReference));
    }

    /** Creates a line from an import or the demo data (read-write: the class default is read-only). */
    @Transactional
    CostLine add(CostLineDraft draft, CostSource source) {
        return lines.saveAndFlush(new CostLine(draft, check(draft, null), source));
    }

    /**
     * {@link #add} for an import that has matched a whole chunk of rows by reference at once (this one is free) and
     * read every platform's vendor and every contract's platforms once: the same checks, no query per row.
     */
    CostLine addMatched(
            CostLineDraft draft,
            CostSource source,
            Map<Long, Long> vendorByPlatform,
            Map<Long, Set<Long>> contractPlatforms) {
        if (!Money.isCurrency(draft.currency())) {
            throw new DomainException("finance.currency.unknown", draft.currency());
        }
        if (!access.mayChange(draft.platformId())) {
            throw new AccessDeniedException("not your platform's costs");
        }
        Long vendorId = draft.vendorId() == null ? vendorByPlatform.get(draft.platformId()) : draft.vendorId();
        if (vendorId == null) {
            throw new NotFoundException("platform", draft.platformId());
        }
        if (draft.contractId() != null
                && !contractPlatforms.getOrDefault(draft.contractId(), Set.of()).contains(draft.platformId())) {
            throw new DomainException(
                    "finance.cost.contract.other-platform",
                    contracts.get(draft.contractId()).draft().number());
        }
        return lines.save(new CostLine(draft, vendorId, source));
    }

    /** Checks the draft's references; answers the vendor to store (the platform's when none was given). */
    Long check(CostLineDraft draft, Long ownId) {
        if (!Money.isCurrency(draft.currency())) {
            throw new DomainException("finance.currency.unknown", draft.currency());
        }
        lines.findByReferenceIgnoreCase(draft.reference().trim())
                .filter(l -> !l.getId().equals(ownId))
                .ifPresent(l -> {
                    throw new DomainException("finance.cost.reference.taken", l.getReference());
                });
        if (!access.mayChange(draft.platformId())) {
            throw new AccessDeniedException("not your platform's costs");
        }
        PlatformDetails platform = platforms.get(draft.platformId());
        Long vendorId = draft.vendorId() == null ? platform.vendor().id() : draft.vendorId();
        if (vendors.refsByIds(List.of(vendorId)).isEmpty()) {
            throw new NotFoundException("vendor", vendorId);
        }
        if (draft.contractId() != null) {
            ContractView contract = contracts.get(draft.contractId());
            if (!contract.draft().platformIds().contains(draft.platformId())) {
                throw new DomainException(
                        "finance.cost.contract.other-platform", contract.draft().number());
            }
        }
        return vendorId;
    }

    private CostLine changeable(Long id) {
        CostLine line = find(id);
        if (!access.mayChange(line.getPlatformId())) {
            throw new AccessDeniedException("not your platform's costs");
        }
        return line;
    }

    private List<CostLineView> views(Collection<CostLine> page, FiscalCalendar calendar) {
        Map<Long, PlatformRef> platformRefs =
                platforms.refsByIds(page.stream().map(CostLine::getPlatformId).collect(Collectors.toSet()));
        Map<Long, VendorRef> vendorRefs =
                vendors.refsByIds(page.stream().map(CostLine::getVendorId).collect(Collectors.toSet()));
        // the page's contracts in one call: asked one by one, each line with a contract cost four queries
        Map<Long, ContractView> pageContracts = contracts.byIds(page.stream()
                .map(CostLine::getContractId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, Boolean> editable = new HashMap<>();
        return page.stream()
                .map(l -> new CostLineView(
                        l.getId(),
                        l.toDraft(),
                        platformRefs.get(l.getPlatformId()),
                        vendorRefs.get(l.getVendorId()),
                        l.getContractId() == null
                                ? null
                                : Optional.ofNullable(pageContracts.get(l.getContractId()))
                                        .map(c -> c.draft().number())
                                        .orElse(null),
                        calendar.fiscalYearOf(l.getPeriodMonth()),
                        l.getSource(),
                        editable.computeIfAbsent(l.getPlatformId(), access::mayChange)))
                .toList();
    }

    private CostLine find(Long id) {
        return lines.findById(id).orElseThrow(() -> new NotFoundException("cost-line", id));
    }
}
