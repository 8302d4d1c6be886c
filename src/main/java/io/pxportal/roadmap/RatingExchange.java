package io.pxportal.roadmap;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.Texts;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alignment ratings as CSV/XLSX rows: the item by vendor, product and title, the objective by code, the rating −1..2
 * and its rationale. A product owner imports ratings only for items they may change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(63)
class RatingExchange implements RecordExchange<RatingDraft> {

    private final RatingService service;
    private final RatingRepository repository;
    private final RoadmapItemRepository items;
    private final ObjectiveRepository objectives;
    private final RoadmapItemAccess access;
    private final RoadmapImports lookups;
    private final VendorService vendors;

    RatingExchange(
            RatingService service,
            RatingRepository repository,
            RoadmapItemRepository items,
            ObjectiveRepository objectives,
            RoadmapItemAccess access,
            RoadmapImports lookups,
            VendorService vendors) {
        this.service = service;
        this.repository = repository;
        this.items = items;
        this.objectives = objectives;
        this.access = access;
        this.lookups = lookups;
        this.vendors = vendors;
    }

    @Override
    public String type() {
        return "roadmap-ratings";
    }

    @Override
    public String labelKey() {
        return "roadmap.ratings";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("vendor", "roadmap.item.vendor", "OpenText", "Supplier"),
                ImportColumn.required("product", "roadmap.item.product", "OpenText Exstream", "Product name"),
                ImportColumn.required(
                        "item", "roadmap.item.title", "Cloud-native deployment (CE 25.x)", "Title", "Roadmap item"),
                ImportColumn.required("objective", "roadmap.rating.objective", "CLOUD", "Objective code"),
                ImportColumn.required("rating", "roadmap.rating.value", "2", "Score", "Alignment"),
                ImportColumn.optional(
                        "rationale", "roadmap.rating.rationale", "Runs in our AKS clusters", "Why", "Comment"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public RatingDraft read(ImportRow row) {
        return read(row, lookups.pass(), new java.util.HashMap<>());
    }

    /** Reads a pass with vendors looked up by name once, objectives and items remembered once found. */
    @Override
    public java.util.Optional<java.util.function.Function<ImportRow, RatingDraft>> reader() {
        RoadmapImports.Pass pass = lookups.pass();
        java.util.Map<String, java.util.Optional<Long>> itemIds = new java.util.HashMap<>();
        return java.util.Optional.of(row -> read(row, pass, itemIds));
    }

    private RatingDraft read(
            ImportRow row, RoadmapImports.Pass lookups, java.util.Map<String, java.util.Optional<Long>> itemIds) {
        Long vendorId = lookups.vendor(row, "vendor");
        Long itemId = null;
        if (vendorId != null && row.text("product") != null && row.text("item") != null) {
            Long vendor = vendorId;
            itemId = itemIds.computeIfAbsent(
                            vendorId + "|" + row.text("product") + "|" + row.text("item"),
                            k -> items.findByVendorIdAndProductIgnoreCaseAndTitleIgnoreCase(
                                            vendor, row.text("product"), row.text("item"))
                                    .map(RoadmapItem::getId))
                    .orElse(null);
            if (itemId == null) {
                row.error("item", "roadmap.import.unknown-item", row.text("item"));
            } else if (!access.canEdit(itemId)) {
                row.error("item", "roadmap.import.not-your-item", row.text("item"));
            }
        }
        Long objectiveId =
                row.text("objective") == null ? null : lookups.objective(row, "objective", row.text("objective"));
        BigDecimal rating = row.decimal("rating");
        Integer value = null;
        if (rating != null) {
            try {
                value = rating.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                row.error("rating", "import.value.not-a-whole-number", row.text("rating"));
            }
        }
        return new RatingDraft(itemId, objectiveId, value, row.text("rationale"));
    }

    @Override
    public String naturalKey(RatingDraft draft) {
        return draft.itemId() + "|" + draft.objectiveId();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<RatingDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        // The chunk's items' ratings in one query instead of a look-up per row.
        java.util.Map<String, Rating> stored = new java.util.HashMap<>();
        repository
                .findByItemIdIn(drafts.stream().map(RatingDraft::itemId).collect(java.util.stream.Collectors.toSet()))
                .forEach(r -> stored.put(r.getItemId() + "|" + r.getObjectiveId(), r));
        for (RatingDraft d : drafts) {
            var existing = java.util.Optional.ofNullable(stored.get(d.itemId() + "|" + d.objectiveId()));
            String rationale = Texts.trimmedOrNull(d.rationale());
            if (existing.isPresent()
                    && existing.get().getRating() == d.rating()
                    && Objects.equals(existing.get().toView().rationale(), rationale)) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
                continue;
            }
            if (existing.isEmpty() && d.rating() != null) {
                service.rateNew(d.itemId(), d.objectiveId(), d.rating(), d.rationale());
            } else {
                service.rate(
                        d.itemId(),
                        d.objectiveId(),
                        d.rating(),
                        d.rationale(),
                        existing.map(Rating::getVersion).orElse(null));
            }
            outcome = outcome.plus(existing.isPresent() ? new ImportOutcome(0, 1, 0) : new ImportOutcome(1, 0, 0));
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<Rating> content = repository
                .findAll(PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by("itemId", "objectiveId", "id")))
                .getContent();
        Map<Long, RoadmapItem> byId =
                items.findAllById(content.stream().map(Rating::getItemId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(RoadmapItem::getId, Function.identity()));
        Map<Long, VendorRef> vendorRefs = vendors.refsByIds(
                byId.values().stream().map(RoadmapItem::getVendorId).collect(Collectors.toSet()));
        Map<Long, String> codes =
                objectives.findAll().stream().collect(Collectors.toMap(Objective::getId, Objective::getCode));
        List<List<Object>> rows = new ArrayList<>();
        for (Rating rating : content) {
            RoadmapItem item = byId.get(rating.getItemId());
            VendorRef vendor = vendorRefs.get(item.getVendorId());
            RatingView view = rating.toView();
            rows.add(new ArrayList<>(Arrays.asList(
                    vendor == null ? null : vendor.name(),
                    item.getProduct(),
                    item.getTitle(),
                    codes.get(rating.getObjectiveId()),
                    view.rating(),
                    view.rationale())));
        }
        return rows;
    }
}
