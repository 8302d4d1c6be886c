package io.pxportal.finance;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost lines as CSV/XLSX rows, e.g. a ledger export, matched by reference: re-importing the same export changes
 * nothing. Platform and vendor by name, contract by number; the rules of {@link CostLineService} apply row by row.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(60)
class CostLineExchange implements RecordExchange<CostLineDraft> {

    private final CostLineService service;
    private final CostLineRepository lines;
    private final FinanceAccess access;
    private final FinanceLookups lookups;
    private final PlatformService platforms;
    private final VendorService vendors;
    private final io.pxportal.contracts.ContractService contracts;

    CostLineExchange(
            CostLineService service,
            CostLineRepository lines,
            FinanceAccess access,
            FinanceLookups lookups,
            PlatformService platforms,
            VendorService vendors,
            io.pxportal.contracts.ContractService contracts) {
        this.contracts = contracts;
        this.service = service;
        this.lines = lines;
        this.access = access;
        this.lookups = lookups;
        this.platforms = platforms;
        this.vendors = vendors;
    }

    @Override
    public String type() {
        return "cost-lines";
    }

    @Override
    public String labelKey() {
        return "finance.menu.costs";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(
                        "reference",
                        "finance.cost.reference",
                        "INV-2026-0311",
                        "Invoice",
                        "Invoice number",
                        "Document number",
                        "Ledger reference"),
                ImportColumn.required("platform", "finance.cost.platform", "Exstream Statements", "Cost centre"),
                ImportColumn.optional("vendor", "finance.cost.vendor", "OpenText", "Supplier"),
                ImportColumn.optional("contract", "finance.cost.contract", "OT-2019-0042", "Contract no"),
                ImportColumn.required("category", "finance.cost.category", "MAINTENANCE", "Cost type"),
                ImportColumn.optional("kind", "finance.cost.kind", "ACTUAL", "Status"),
                ImportColumn.required("period", "finance.cost.period", "2026-03", "Posting period", "Month"),
                ImportColumn.required("amount", "finance.cost.amount", "30000.00", "Net amount", "Value"),
                ImportColumn.required("currency", "finance.cost.currency", "EUR", "Currency code"),
                ImportColumn.optional(
                        "description", "finance.cost.description", "Maintenance Q1", "Text", "Narrative"));
    }

    @Override
    public boolean mayImport() {
        return access.mayCreate();
    }

    @Override
    public CostLineDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    /** Reads a pass with platforms, vendors and contracts looked up by name once, not searched for per row. */
    @Override
    public java.util.Optional<java.util.function.Function<ImportRow, CostLineDraft>> reader() {
        return java.util.Optional.of(newReader());
    }

    private java.util.function.Function<ImportRow, CostLineDraft> newReader() {
        FinanceLookups.Pass pass = lookups.pass();
        // Finance may change every line: whose a taken reference is need not be looked up.
        boolean finance = FinanceAccess.isFinance();
        return row -> {
            Long platformId = pass.platform(row, "platform");
            Long vendorId = pass.vendor(row, "vendor");
            Long contractId = pass.contract(row, "contract");
            if (platformId != null && !access.mayChange(platformId)) {
                row.error("platform", "import.value.not-your-platform", row.text("platform"));
            }
            String reference = row.text("reference");
            if (reference != null && !finance) {
                lines.findByReferenceIgnoreCase(reference)
                        .filter(l -> !access.mayChange(l.getPlatformId()))
                        .ifPresent(l -> row.error("reference", "finance.cost.reference.taken", reference));
            }
            CostKind kind = row.choice("kind", CostKind.class, "finance-kind");
            return new CostLineDraft(
                    reference,
                    platformId,
                    vendorId,
                    contractId,
                    row.choice("category", CostCategory.class, "finance-category"),
                    kind == null ? CostKind.ACTUAL : kind,
                    FinanceLookups.month(row, "period"),
                    row.decimal("amount"),
                    FinanceLookups.currency(row, "currency"),
                    row.text("description"),
                    null);
        };
    }

    @Override
    public String naturalKey(CostLineDraft draft) {
        return draft.reference().trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<CostLineDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        // The chunk's lines in one query instead of a case-insensitive scan of all lines per row (twice, with the
        // service's own check); platforms' vendors and contracts' platforms likewise.
        Map<String, CostLine> stored = new HashMap<>();
        lines.findByUpperReferenceIn(
                        drafts.stream().map(d -> NameIndex.key(d.reference())).toList())
                .forEach(l -> stored.putIfAbsent(NameIndex.key(l.getReference()), l));
        Map<Long, Long> vendorByPlatform = platforms.vendorIdsByPlatform();
        Map<Long, java.util.Set<Long>> contractPlatforms = contracts.platformIdsByContract();
        for (CostLineDraft draft : drafts) {
            var existing = java.util.Optional.ofNullable(stored.get(NameIndex.key(draft.reference())))
                    .or(() -> nonAscii(draft.reference())
                            ? lines.findByReferenceIgnoreCase(draft.reference().trim())
                            : java.util.Optional.empty());
            if (existing.isEmpty()) {
                service.addMatched(draft, CostSource.IMPORTED, vendorByPlatform, contractPlatforms);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
                continue;
            }
            CostLine line = existing.get();
            // An identical line needs no checks (they ran when it was stored); a changed one gets all of them.
            Long storedVendorId =
                    draft.vendorId() == null ? vendorByPlatform.get(draft.platformId()) : draft.vendorId();
            if (comparable(line.toDraft()).equals(comparable(draft, storedVendorId))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                Long vendorId = service.check(draft, line.getId());
                line.describe(draft, vendorId);
                lines.saveAndFlush(line);
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    /** Java and the database may upper-case other letters differently: such references are looked up one by one. */
    private static boolean nonAscii(String text) {
        return !text.chars().allMatch(c -> c < 128);
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("reference", "id"));
        List<CostLine> content = lines.findAll(
                        CostLineRepository.matching(
                                CostLineFilter.all(), new FiscalCalendar(1), access.visiblePlatforms()),
                        page)
                .getContent();
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                content.stream().map(CostLine::getPlatformId).collect(Collectors.toSet()));
        Map<Long, VendorRef> vendorRefs =
                vendors.refsByIds(content.stream().map(CostLine::getVendorId).collect(Collectors.toSet()));
        Map<Long, String> numbers = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (CostLine line : content) {
            CostLineDraft d = line.toDraft();
            rows.add(new ArrayList<>(Arrays.asList(
                    d.reference(),
                    name(platformRefs.get(d.platformId())),
                    vendorRefs.containsKey(d.vendorId())
                            ? vendorRefs.get(d.vendorId()).name()
                            : null,
                    d.contractId() == null
                            ? null
                            : numbers.computeIfAbsent(
                                    d.contractId(),
                                    id -> service.get(line.getId()).contractNumber()),
                    d.category().name(),
                    d.kind().name(),
                    d.period().toString(),
                    d.amount(),
                    d.currency(),
                    d.description())));
        }
        return rows;
    }

    private static String name(PlatformRef ref) {
        return ref == null ? null : ref.name();
    }

    private static List<Object> comparable(CostLineDraft d) {
        return comparable(d, d.vendorId());
    }

    private static List<Object> comparable(CostLineDraft d, Long vendorId) {
        return Arrays.asList(
                d.reference().trim(),
                d.platformId(),
                vendorId,
                d.contractId(),
                d.category(),
                d.kind(),
                d.period(),
                FinanceLookups.plain(d.amount()),
                d.currency(),
                Texts.trimmedOrNull(d.description()));
    }
}
