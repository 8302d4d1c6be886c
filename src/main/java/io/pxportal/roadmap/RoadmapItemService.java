package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Vendor roadmap items and their status history: everyone logged in reads; an admin, or a product owner of a
 * platform the item concerns, changes them (see {@link RoadmapItemAccess}). Every change of status or committed
 * quarter is a new, dated step of the history; nothing in the history is rewritten.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RoadmapItemService {

    private final RoadmapItemRepository items;
    private final ItemStatusChangeRepository steps;
    private final RatingRepository ratings;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final PlatformCatalog catalog;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    RoadmapItemService(
            RoadmapItemRepository items,
            ItemStatusChangeRepository steps,
            RatingRepository ratings,
            VendorService vendors,
            PlatformService platforms,
            PlatformCatalog catalog,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.items = items;
        this.steps = steps;
        this.ratings = ratings;
        this.vendors = vendors;
        this.platforms = platforms;
        this.catalog = catalog;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    @PreAuthorize("isAuthenticated()")
    public List<RoadmapItemView> page(RoadmapItemFilter filter, Pageable pageable) {
        return views(
                items.findAll(RoadmapItemRepository.matching(filter), pageable).getContent());
    }

    @PreAuthorize("isAuthenticated()")
    public long count(RoadmapItemFilter filter) {
        return items.count(RoadmapItemRepository.matching(filter));
    }

    @PreAuthorize("isAuthenticated()")
    public RoadmapItemView get(Long id) {
        return views(List.of(find(id))).getFirst();
    }

    /** Items by id, for the scores and the matrix; unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, RoadmapItemView> byIds(Collection<Long> ids) {
        return views(items.findAllById(ids)).stream().collect(Collectors.toMap(RoadmapItemView::id, v -> v));
    }

    /** The item's status history, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<StatusStep> statusHistory(Long id) {
        find(id);
        return steps.findByItemIdOrderByChangedOnAscIdAsc(id).stream()
                .map(ItemStatusChange::toStep)
                .toList();
    }

    /** Creates an item; its history starts with its status today. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public RoadmapItemView create(@Valid RoadmapItemDraft draft) {
        return get(createOn(draft, LocalDate.now(clock)));
    }

    /** As {@link #create}, with the history starting on {@code on} (an import of what a vendor announced earlier). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public RoadmapItemView createAnnouncedOn(@Valid RoadmapItemDraft draft, LocalDate on) {
        return get(createOn(draft, on == null ? LocalDate.now(clock) : on));
    }

    private Long createOn(RoadmapItemDraft draft, LocalDate on) {
        check(draft, null);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("roadmap.status.future");
        }
        RoadmapItem item = items.saveAndFlush(new RoadmapItem(draft));
        record(item.getId(), draft.status(), draft.committedQuarter(), on, null);
        return item.getId();
    }

    /**
     * Saves what the item is; refuses a stale version. A different status or quarter in the draft becomes a new
     * step of the history dated today.
     */
    @Transactional
    @PreAuthorize("@roadmapItemAccess.canEdit(#id)")
    public RoadmapItemView update(Long id, @Valid RoadmapItemDraft draft) {
        RoadmapItem item = find(id);
        ConcurrentEditException.check(draft.version(), item.getVersion(), item.getTitle());
        check(draft, id);
        item.describe(draft);
        if (item.differsFrom(draft.status(), draft.committedQuarter())) {
            moveTo(item, draft.status(), draft.committedQuarter(), LocalDate.now(clock), null);
        }
        recordVersions.saved(items.saveAndFlush(item), draft.version());
        return get(id);
    }

    /** Records a new status step (e.g. the vendor delayed the item to a later quarter). */
    @Transactional
    @PreAuthorize("@roadmapItemAccess.canEdit(#id)")
    public RoadmapItemView changeStatus(Long id, @Valid StatusChange change) {
        RoadmapItem item = find(id);
        ConcurrentEditException.check(change.version(), item.getVersion(), item.getTitle());
        LocalDate on = change.on() == null ? LocalDate.now(clock) : change.on();
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("roadmap.status.future");
        }
        List<ItemStatusChange> history = steps.findByItemIdOrderByChangedOnAscIdAsc(id);
        if (!history.isEmpty() && on.isBefore(history.getLast().toStep().on())) {
            throw new DomainException(
                    "roadmap.status.before-last", history.getLast().toStep().on());
        }
        Quarter quarter = change.quarter() == null ? item.getCommittedQuarter() : change.quarter();
        moveTo(item, change.status(), quarter, on, change.note());
        recordVersions.saved(items.saveAndFlush(item), change.version());
        return get(id);
    }

    @Transactional
    @PreAuthorize("@roadmapItemAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        RoadmapItem item = find(id);
        ConcurrentEditException.check(version, item.getVersion(), item.getTitle());
        ratings.deleteByItemId(id);
        steps.deleteByItemId(id);
        items.delete(item);
        items.flush();
    }

    /** Every change to the item, newest first, vendor and platforms by name. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        List<AuditEntry> history = auditTrail.history(RoadmapItem.class, id, RoadmapItem::getTitle);
        Map<String, String> names = new java.util.HashMap<>();
        vendors.refsByIds(ids(history, "roadmap.item.vendor")).values().forEach(v -> names.put("v" + v.id(), v.name()));
        platforms
                .refsByIds(ids(history, "roadmap.item.platforms"))
                .values()
                .forEach(p -> names.put("p" + p.id(), p.name()));
        return AuditTrail.newestFirst(history.stream()
                .map(e -> new AuditEntry(
                        e.revision(),
                        e.at(),
                        e.username(),
                        e.kind(),
                        e.subject(),
                        e.changes().stream()
                                .map(c -> switch (c.field()) {
                                    case "roadmap.item.vendor" -> named(c, "v", names);
                                    case "roadmap.item.platforms" -> named(c, "p", names);
                                    default -> c;
                                })
                                .toList()))
                .toList());
    }

    private static java.util.Set<Long> ids(List<AuditEntry> history, String field) {
        return history.stream()
                .flatMap(e -> e.changes().stream())
                .filter(c -> c.field().equals(field))
                .flatMap(c -> java.util.stream.Stream.of(c.oldValue(), c.newValue()))
                .flatMap(v -> java.util.Arrays.stream(v.split(", ")))
                .filter(v -> !v.isBlank())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    private static AuditEntry.FieldChange named(AuditEntry.FieldChange change, String kind, Map<String, String> names) {
        java.util.function.Function<String, String> toNames = value -> java.util.Arrays.stream(value.split(", "))
                .filter(v -> !v.isBlank())
                .map(v -> names.getOrDefault(kind + v, v))
                .collect(Collectors.joining(", "));
        return new AuditEntry.FieldChange(
                change.field(), toNames.apply(change.oldValue()), toNames.apply(change.newValue()));
    }

    private void moveTo(RoadmapItem item, ItemStatus status, Quarter quarter, LocalDate on, String note) {
        item.moveTo(status, quarter);
        record(item.getId(), status, quarter, on, note);
    }

    /**
     * {@link #create} for an import that has matched a whole chunk of rows to their items at once (this one is new)
     * and read every platform's vendor once: the same checks without a query per row, no view.
     */
    @Transactional
    void createMatched(RoadmapItemDraft draft, Map<Long, Long> vendorByPlatform) {
        if (!draft.platformIds().stream().allMatch(vendorByPlatform::containsKey)) {
            throw new DomainException("roadmap.item.platform.unknown");
        }
        if (!catalog.canEditAny(draft.vendorId(), draft.platformIds())) {
            throw new DomainException("roadmap.item.not-yours");
        }
        if (draft.platformIds().stream().anyMatch(p -> !Objects.equals(vendorByPlatform.get(p), draft.vendorId()))) {
            throw new DomainException("roadmap.item.platform.other-vendor");
        }
        RoadmapItem item = items.save(new RoadmapItem(draft));
        record(item.getId(), draft.status(), draft.committedQuarter(), LocalDate.now(clock), null);
    }

    private void record(Long itemId, ItemStatus status, Quarter quarter, LocalDate on, String note) {
        steps.save(new ItemStatusChange(itemId, status, quarter, on, clock.instant(), AuditActor.current(), note));
    }

    private void check(RoadmapItemDraft draft, Long ownId) {
        if (vendors.refsByIds(List.of(draft.vendorId())).isEmpty()) {
            throw new NotFoundException("vendor", draft.vendorId());
        }
        items.findByVendorIdAndProductIgnoreCaseAndTitleIgnoreCase(
                        draft.vendorId(), draft.product().trim(), draft.title().trim())
                .filter(i -> !i.getId().equals(ownId))
                .ifPresent(i -> {
                    throw new DomainException("roadmap.item.taken", i.getTitle());
                });
        Map<Long, PlatformRef> refs = platforms.refsByIds(draft.platformIds());
        if (refs.size() != draft.platformIds().size()) {
            throw new DomainException("roadmap.item.platform.unknown");
        }
        if (!catalog.canEditAny(draft.vendorId(), draft.platformIds())) {
            throw new DomainException("roadmap.item.not-yours");
        }
        boolean otherVendor = draft.platformIds().stream()
                .map(platforms::get)
                .anyMatch(p -> p.vendor() == null || !Objects.equals(p.vendor().id(), draft.vendorId()));
        if (otherVendor) {
            throw new DomainException("roadmap.item.platform.other-vendor");
        }
    }

    private List<RoadmapItemView> views(Collection<RoadmapItem> page) {
        Map<Long, VendorRef> vendorRefs =
                vendors.refsByIds(page.stream().map(RoadmapItem::getVendorId).collect(Collectors.toSet()));
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                page.stream().flatMap(i -> i.getPlatformIds().stream()).collect(Collectors.toSet()));
        // An admin may change every item: no need to read the platforms to know.
        PlatformCatalog.Snapshot snapshot = PlatformCatalog.isAdmin() ? null : catalog.snapshot();
        return page.stream()
                .map(i -> new RoadmapItemView(
                        i.getId(),
                        i.toDraft(),
                        vendorRefs.get(i.getVendorId()),
                        i.getPlatformIds().stream()
                                .map(platformRefs::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        snapshot == null || snapshot.canEdit(i.getVendorId(), i.getPlatformIds())))
                .toList();
    }

    private RoadmapItem find(Long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("roadmap item", id));
    }
}
