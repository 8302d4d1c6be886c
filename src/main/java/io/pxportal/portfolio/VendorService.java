package io.pxportal.portfolio;

import io.pxportal.exchange.NameIndex;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Vendors: everyone logged in reads; admins and product owners maintain them; only admins delete. */
@Service
@Validated
@Transactional(readOnly = true)
public class VendorService {

    private final VendorRepository vendors;
    private final PlatformRepository platforms;
    private final AuditTrail auditTrail;

    private final RecordVersions recordVersions;

    VendorService(
            VendorRepository vendors,
            PlatformRepository platforms,
            AuditTrail auditTrail,
            RecordVersions recordVersions) {
        this.vendors = vendors;
        this.platforms = platforms;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    /** One page of vendors matching {@code text} in name, country or account manager. */
    @PreAuthorize("isAuthenticated()")
    public List<VendorRow> page(String text, Pageable pageable) {
        List<Vendor> page = vendors.findAll(PortfolioQueries.vendorsMatching(text), pageable)
                .getContent();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = vendors
                .countPlatforms(page.stream().map(Vendor::getId).toList())
                .stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return page.stream()
                .map(v -> new VendorRow(
                        v.getId(),
                        v.getVersion(),
                        v.getName(),
                        v.getCountry(),
                        v.getWebsite(),
                        v.getAccountManager(),
                        counts.getOrDefault(v.getId(), 0L)))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String text) {
        return vendors.count(PortfolioQueries.vendorsMatching(text));
    }

    /** Vendors for a picker, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<VendorRef> refs(String text, Pageable pageable) {
        return vendors.findAll(PortfolioQueries.vendorsMatching(text), pageable)
                .map(v -> new VendorRef(v.getId(), v.getName()))
                .getContent();
    }

    /** Vendors by id, for modules that refer to them; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, VendorRef> refsByIds(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : vendors.findAllById(ids).stream()
                        .collect(Collectors.toMap(Vendor::getId, v -> new VendorRef(v.getId(), v.getName())));
    }

    /** Every vendor's id by name, for an import that names vendors on its rows: one query for the whole file. */
    @PreAuthorize("isAuthenticated()")
    public NameIndex nameIndex() {
        return new NameIndex(vendors.idsAndNames());
    }

    /** The vendor named so (ignoring case), if any. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<VendorRef> findByName(String name) {
        return vendors.findByNameIgnoreCase(name.trim()).map(v -> new VendorRef(v.getId(), v.getName()));
    }

    @PreAuthorize("isAuthenticated()")
    public VendorDetails get(Long id) {
        return vendors.findWithContactsById(id)
                .map(Vendor::toDetails)
                .orElseThrow(() -> new NotFoundException("vendor", id));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public VendorDetails create(@Valid VendorDraft draft) {
        requireUniqueName(draft.name(), null);
        return vendors.saveAndFlush(new Vendor(draft)).toDetails();
    }

    /** Saves changes; refuses when someone else saved the vendor since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public VendorDetails update(Long id, @Valid VendorDraft draft) {
        Vendor vendor = vendors.findWithContactsById(id).orElseThrow(() -> new NotFoundException("vendor", id));
        ConcurrentEditException.check(draft.version(), vendor.getVersion(), vendor.getName());
        requireUniqueName(draft.name(), id);
        vendor.describe(draft);
        // Contacts live in their own table: a save that changes only them still raises the vendor's version.
        return recordVersions
                .saved(vendors.saveAndFlush(vendor), draft.version())
                .toDetails();
    }

    /** Deletes a vendor that no platform refers to. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(Long id, Long version) {
        Vendor vendor = vendors.findById(id).orElseThrow(() -> new NotFoundException("vendor", id));
        ConcurrentEditException.check(version, vendor.getVersion(), vendor.getName());
        if (platforms.existsByVendorId(id)) {
            throw new DomainException("vendor.delete.has-platforms", vendor.getName());
        }
        try {
            vendors.delete(vendor);
            vendors.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Records of other modules (contracts, entitlements) still refer to it; they must go first.
            throw new DomainException("error.in-use", vendor.getName());
        }
    }

    /** Every change to the vendor and its contacts, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(
                auditTrail.history(Vendor.class, id, Vendor::getName),
                auditTrail.historyOfRelated(
                        VendorContact.class, "vendor", id, VendorContact::getName, VendorContact::getId));
    }

    private void requireUniqueName(String name, Long ownId) {
        vendors.findByNameIgnoreCase(name.trim())
                .filter(v -> !v.getId().equals(ownId))
                .ifPresent(v -> {
                    throw new DomainException("vendor.name.taken", v.getName());
                });
    }
}
