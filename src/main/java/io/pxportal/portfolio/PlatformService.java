package io.pxportal.portfolio;

import io.pxportal.exchange.NameIndex;
import io.pxportal.identity.UserDirectory;
import io.pxportal.identity.UserRef;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Platforms: everyone logged in reads; an admin or one of the platform's product owners changes it; only an
 * admin assigns owners. A product owner who creates a platform becomes its owner.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PlatformService {

    private final PlatformRepository platforms;
    private final VendorRepository vendors;
    private final UserDirectory userDirectory;
    private final AuditTrail auditTrail;
    private final RecordVersions recordVersions;

    PlatformService(
            PlatformRepository platforms,
            VendorRepository vendors,
            UserDirectory userDirectory,
            AuditTrail auditTrail,
            RecordVersions recordVersions) {
        this.platforms = platforms;
        this.vendors = vendors;
        this.userDirectory = userDirectory;
        this.auditTrail = auditTrail;
        this.recordVersions = recordVersions;
    }

    /**
     * The platforms not being retired (lifecycle other than RETIRE) with their vendor, by platform id: every one
     * for an admin, the product owner's own for anyone else. What the getting-started path counts against.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> activeVendorsByPlatform() {
        List<Object[]> links = CurrentUser.hasRole(Role.ADMIN)
                ? platforms.activeLinks()
                : CurrentUser.username().map(platforms::activeLinksOwnedBy).orElse(List.of());
        return links.stream().collect(Collectors.toMap(l -> (Long) l[0], l -> (Long) l[1]));
    }

    /** One page of platforms matching the filter, sorted as asked. */
    @PreAuthorize("isAuthenticated()")
    public List<PlatformDetails> page(PlatformFilter filter, Pageable pageable) {
        return details(platforms.findAll(spec(filter), pageable).getContent());
    }

    @PreAuthorize("isAuthenticated()")
    public long count(PlatformFilter filter) {
        return platforms.count(spec(filter));
    }

    @PreAuthorize("isAuthenticated()")
    public PlatformDetails get(Long id) {
        return details(List.of(find(id))).getFirst();
    }

    /**
     * Platforms by id with their details, loaded together (for a page of records that name their platforms, without a
     * look-up per record); unknown ids — a platform deleted meanwhile — are left out.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlatformDetails> detailsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return details(platforms.findAllById(Set.copyOf(ids))).stream()
                .collect(Collectors.toMap(PlatformDetails::id, Function.identity()));
    }

    /** Platforms by id, for modules that refer to them; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, PlatformRef> refsByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : platforms.findAllById(ids).stream()
                        .collect(Collectors.toMap(Platform::getId, p -> new PlatformRef(p.getId(), p.getName())));
    }

    /** Platforms for a picker, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<PlatformRef> refs(String text, Pageable pageable) {
        return platforms
                .findAll(spec(new PlatformFilter(text, null, null, null, false)), pageable)
                .map(p -> new PlatformRef(p.getId(), p.getName()))
                .getContent();
    }

    /** Every platform's id by name, for an import that names platforms on its rows: one query for the whole file. */
    @PreAuthorize("isAuthenticated()")
    public NameIndex nameIndex() {
        return new NameIndex(platforms.idsAndNames());
    }

    /** Every platform's vendor id by platform id, for an import that needs them on its rows: one query. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> vendorIdsByPlatform() {
        Map<Long, Long> vendorIds = new java.util.HashMap<>();
        platforms.vendorLinks().forEach(link -> vendorIds.put((Long) link[0], (Long) link[1]));
        return vendorIds;
    }

    /** Whether the current user may change at least one of the platforms (an admin: always). */
    @PreAuthorize("isAuthenticated()")
    public boolean canEditAny(Collection<Long> platformIds) {
        return CurrentUser.hasRole(Role.ADMIN) || platformIds.stream().anyMatch(this::canEditOne);
    }

    /**
     * Of the given platforms, those the current user may change (an admin: all), in one query — for lists that
     * mark each row editable.
     */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> editableAmong(Collection<Long> platformIds) {
        if (CurrentUser.hasRole(Role.ADMIN)) {
            return Set.copyOf(platformIds);
        }
        if (platformIds.isEmpty() || !CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            return Set.of();
        }
        return Set.copyOf(
                platforms.ownedAmong(platformIds, CurrentUser.username().orElseThrow()));
    }

    /** The owners' usernames of each of the given platforms (platforms without owners are left out). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Set<String>> ownersOf(Collection<Long> platformIds) {
        return platformIds.isEmpty()
                ? Map.of()
                : platforms.ownersOf(platformIds).stream()
                        .collect(Collectors.groupingBy(
                                r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toSet())));
    }

    private boolean canEditOne(Long platformId) {
        return CurrentUser.hasRole(Role.PRODUCT_OWNER)
                && CurrentUser.username()
                        .map(u -> platforms.isOwnedBy(platformId, u))
                        .orElse(false);
    }

    /** Platform counts by lifecycle and deployment, for the portfolio overview. */
    @PreAuthorize("isAuthenticated()")
    public PortfolioSummary summary() {
        return new PortfolioSummary(platforms.countByLifecycleAndDeployment().stream()
                .map(r -> new PortfolioSummary.Count((Lifecycle) r[0], (Deployment) r[1], (Long) r[2]))
                .toList());
    }

    /** Whether the current user may create platforms. */
    @PreAuthorize("isAuthenticated()")
    public boolean canCreate() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public PlatformDetails create(@Valid PlatformDraft draft) {
        requireUniqueName(draft.name(), null);
        Set<String> owners = ownersOfNew(draft);
        requireAmong(owners, productOwners());
        Platform platform = new Platform(draft, vendor(draft.vendorId()));
        platform.assignOwners(owners);
        return get(platforms.saveAndFlush(platform).getId());
    }

    /**
     * {@link #create} for an import that has matched the names of a whole chunk of rows at once (this one is
     * free) and read the product owners once: no query per row for either.
     */
    @Transactional
    void createNamed(PlatformDraft draft, Set<String> productOwners) {
        Set<String> owners = ownersOfNew(draft);
        requireAmong(owners, productOwners);
        Platform platform = new Platform(draft, vendors.getReferenceById(draft.vendorId()));
        platform.assignOwners(owners);
        platforms.save(platform);
    }

    /** The usernames of all product owners. */
    Set<String> productOwners() {
        return userDirectory.productOwners().stream().map(UserRef::username).collect(Collectors.toSet());
    }

    /** Saves changes; refuses when someone else saved the platform since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("@platformAccess.canEdit(#id)")
    public PlatformDetails update(Long id, @Valid PlatformDraft draft) {
        Platform platform = find(id);
        ConcurrentEditException.check(draft.version(), platform.getVersion(), platform.getName());
        requireUniqueName(draft.name(), id);
        if (!new TreeSet<>(draft.owners()).equals(platform.getOwners())) {
            if (!CurrentUser.hasRole(Role.ADMIN)) {
                throw new DomainException("platform.owners.admin-only");
            }
            requireAmong(draft.owners(), productOwners());
            platform.assignOwners(draft.owners());
        }
        platform.describe(draft, vendor(draft.vendorId()));
        recordVersions.saved(platforms.saveAndFlush(platform), draft.version());
        return get(id);
    }

    @Transactional
    @PreAuthorize("@platformAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        Platform platform = find(id);
        ConcurrentEditException.check(version, platform.getVersion(), platform.getName());
        try {
            platforms.delete(platform);
            platforms.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Records of other modules (contracts, entitlements) still refer to it; they must go first.
            throw new DomainException("error.in-use", platform.getName());
        }
    }

    /** Every change to the platform, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(Platform.class, id, Platform::getName));
    }

    /** The platforms' details, their owners' names read in one query. */
    private List<PlatformDetails> details(List<Platform> found) {
        Map<String, UserRef> owners = userDirectory.byUsernames(
                found.stream().flatMap(p -> p.getOwners().stream()).collect(Collectors.toSet()));
        return found.stream().map(p -> p.toDetails(owners, mayEdit(p))).toList();
    }

    /** Same rule as {@link PlatformAccess#canEdit}, answered from the loaded owners without another query. */
    private static boolean mayEdit(Platform p) {
        return CurrentUser.hasRole(Role.ADMIN)
                || (CurrentUser.hasRole(Role.PRODUCT_OWNER)
                        && CurrentUser.username().map(p::isOwnedBy).orElse(false));
    }

    private org.springframework.data.jpa.domain.Specification<Platform> spec(PlatformFilter filter) {
        return PortfolioQueries.platformsMatching(filter, CurrentUser.username().orElse(""));
    }

    private Platform find(Long id) {
        return platforms.findById(id).orElseThrow(() -> new NotFoundException("platform", id));
    }

    private Vendor vendor(Long id) {
        return vendors.findById(id).orElseThrow(() -> new NotFoundException("vendor", id));
    }

    private void requireUniqueName(String name, Long ownId) {
        platforms
                .findByNameIgnoreCase(name.trim())
                .filter(p -> !p.getId().equals(ownId))
                .ifPresent(p -> {
                    throw new DomainException("platform.name.taken", p.getName());
                });
    }

    /** An admin names a new platform's owners; a product owner who creates a platform becomes its owner. */
    private static Set<String> ownersOfNew(PlatformDraft draft) {
        return CurrentUser.hasRole(Role.ADMIN)
                ? draft.owners()
                : Set.of(CurrentUser.username().orElseThrow());
    }

    private static void requireAmong(Collection<String> usernames, Set<String> productOwners) {
        for (String username : usernames) {
            if (!productOwners.contains(username)) {
                throw new DomainException("platform.owners.not-product-owner", username);
            }
        }
    }
}
