package io.pxportal.roadmap;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor roadmap items as CSV/XLSX rows (a vendor's roadmap spreadsheet), matched by vendor, product and title. A
 * changed status or quarter becomes a new step of the item's status history, dated the day of the import, as does a
 * new item's first status. The rules of {@link RoadmapItemService} apply row by row.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(61)
class RoadmapItemExchange implements RecordExchange<RoadmapItemDraft> {

    private final RoadmapItemService service;
    private final RoadmapItemRepository repository;
    private final RoadmapItemAccess access;
    private final RoadmapImports lookups;
    private final VendorService vendors;
    private final PlatformService platforms;

    RoadmapItemExchange(
            RoadmapItemService service,
            RoadmapItemRepository repository,
            RoadmapItemAccess access,
            RoadmapImports lookups,
            VendorService vendors,
            PlatformService platforms) {
        this.service = service;
        this.repository = repository;
        this.access = access;
        this.lookups = lookups;
        this.vendors = vendors;
        this.platforms = platforms;
    }

    @Override
    public String type() {
        return "roadmap-items";
    }

    @Override
    public String labelKey() {
        return "roadmap.items";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("vendor", "roadmap.item.vendor", "OpenText", "Supplier"),
                ImportColumn.required("product", "roadmap.item.product", "OpenText Exstream", "Product name"),
                ImportColumn.required(
                        "title",
                        "roadmap.item.title",
                        "Cloud-native deployment (CE 25.x)",
                        "Item",
                        "Feature",
                        "Roadmap item"),
                ImportColumn.required("type", "roadmap.item.type", "FEATURE", "Item type", "Kind"),
                ImportColumn.optional(
                        "committedQuarter",
                        "roadmap.item.committed-quarter",
                        "2026-Q3",
                        "Quarter",
                        "Target quarter",
                        "Release"),
                ImportColumn.required("status", "roadmap.item.status", "COMMITTED", "State"),
                ImportColumn.optional("affectedVersion", "roadmap.item.affected-version", "16.x", "Version"),
                ImportColumn.optional("platforms", "roadmap.item.platforms", "Exstream Statements", "Platform"),
                ImportColumn.optional(
                        "sourceUrl",
                        "roadmap.item.source",
                        "https://www.opentext.com/roadmap",
                        "Source",
                        "Link",
                        "URL"),
                ImportColumn.optional("notes", "roadmap.item.notes", "", "Comment", "Remarks"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public RoadmapItemDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    /** Reads a pass with vendors, platforms and the stored items' keys looked up once, not searched for per row. */
    @Override
    public java.util.Optional<java.util.function.Function<ImportRow, RoadmapItemDraft>> reader() {
        return java.util.Optional.of(newReader());
    }

    private java.util.function.Function<ImportRow, RoadmapItemDraft> newReader() {
        RoadmapImports.Pass pass = lookups.pass();
        Map<String, Long> stored = new java.util.HashMap<>();
        repository.keys().forEach(k -> stored.putIfAbsent(key((Long) k[1], (String) k[2], (String) k[3]), (Long) k[0]));
        return row -> read(row, pass, stored);
    }

    private RoadmapItemDraft read(ImportRow row, RoadmapImports.Pass lookups, Map<String, Long> stored) {
        Long vendorId = lookups.vendor(row, "vendor");
        Set<Long> platformIds = new LinkedHashSet<>();
        for (String name : row.list("platforms")) {
            lookups.platform(name)
                    .ifPresentOrElse(
                            platformIds::add, () -> row.error("platforms", "import.value.unknown-platform", name));
        }
        String product = row.text("product");
        String title = row.text("title");
        if (vendorId != null && product != null && title != null) {
            Long existing = stored.get(key(vendorId, product, title));
            if (existing != null && !access.canEdit(existing)) {
                row.error("title", "roadmap.import.not-your-item", title.trim());
            }
        }
        return new RoadmapItemDraft(
                vendorId,
                product,
                title,
                row.choice("type", ItemType.class, "roadmap-item-type"),
                RoadmapImports.quarter(row, "committedQuarter"),
                row.choice("status", ItemStatus.class, "roadmap-status"),
                row.text("affectedVersion"),
                row.text("sourceUrl"),
                row.text("notes"),
                platformIds,
                null);
    }

    @Override
    public String naturalKey(RoadmapItemDraft d) {
        return d.vendorId() + "|" + d.product().trim().toLowerCase() + "|"
                + d.title().trim().toLowerCase();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<RoadmapItemDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        // The chunk's vendors' items in one query instead of a look-up per row (twice, with the service's check).
        java.util.Map<String, RoadmapItem> stored = new java.util.HashMap<>();
        repository
                .findByVendorIdIn(
                        drafts.stream().map(RoadmapItemDraft::vendorId).collect(java.util.stream.Collectors.toSet()))
                .forEach(item -> stored.putIfAbsent(key(item.getVendorId(), item.getProduct(), item.getTitle()), item));
        java.util.Map<Long, Long> vendorByPlatform = platforms.vendorIdsByPlatform();
        for (RoadmapItemDraft d : drafts) {
            var existing = java.util.Optional.ofNullable(stored.get(key(d)));
            if (existing.isEmpty()) {
                service.createMatched(d, vendorByPlatform);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (comparable(existing.get().toDraft()).equals(comparable(new RoadmapItem(d).toDraft()))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                service.update(
                        existing.get().getId(),
                        new RoadmapItemDraft(
                                d.vendorId(),
                                d.product(),
                                d.title(),
                                d.type(),
                                d.committedQuarter(),
                                d.status(),
                                d.affectedVersion(),
                                d.sourceUrl(),
                                d.notes(),
                                d.platformIds(),
                                existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    private static String key(RoadmapItemDraft d) {
        return key(d.vendorId(), d.product(), d.title());
    }

    /** From the item's own columns: building its draft would load its platforms, a query per hundred items. */
    private static String key(Long vendorId, String product, String title) {
        return vendorId + "|" + NameIndex.key(product) + "|" + NameIndex.key(title);
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<RoadmapItem> content = repository
                .findAll(PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by("vendorId", "product", "title", "id")))
                .getContent();
        Map<Long, VendorRef> vendorRefs =
                vendors.refsByIds(content.stream().map(RoadmapItem::getVendorId).collect(Collectors.toSet()));
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                content.stream().flatMap(i -> i.getPlatformIds().stream()).collect(Collectors.toSet()));
        List<List<Object>> rows = new ArrayList<>();
        for (RoadmapItem item : content) {
            RoadmapItemDraft d = item.toDraft();
            VendorRef vendor = vendorRefs.get(d.vendorId());
            rows.add(new ArrayList<>(Arrays.asList(
                    vendor == null ? null : vendor.name(),
                    d.product(),
                    d.title(),
                    d.type().name(),
                    d.committedQuarter() == null ? null : d.committedQuarter().toString(),
                    d.status().name(),
                    d.affectedVersion(),
                    d.platformIds().stream()
                            .map(platformRefs::get)
                            .filter(Objects::nonNull)
                            .map(PlatformRef::name)
                            .sorted()
                            .collect(Collectors.joining(", ")),
                    d.sourceUrl(),
                    d.notes())));
        }
        return rows;
    }

    private static List<Object> comparable(RoadmapItemDraft d) {
        return Arrays.asList(
                d.vendorId(),
                d.product(),
                d.title(),
                d.type(),
                d.committedQuarter(),
                d.status(),
                d.affectedVersion(),
                d.sourceUrl(),
                d.notes(),
                new TreeSet<>(d.platformIds()));
    }
}
