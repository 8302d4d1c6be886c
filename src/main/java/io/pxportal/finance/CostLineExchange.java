package io.pxportal.finance;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
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

    CostLineExchange(CostLineService service, CostLineRepository lines, FinanceAccess access, FinanceLookups lookups,
                     PlatformService platforms, VendorService vendors) {
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
                ImportColumn.required("reference", "finance.cost.reference", "INV-2026-0311", "Invoice",
                        "Invoice number", "Document number", "Ledger reference"),
                ImportColumn.required("platform", "finance.cost.platform", "Exstream Statements", "Cost centre"),
                ImportColumn.optional("vendor", "finance.cost.vendor", "OpenText", "Supplier"),
                ImportColumn.optional("contract", "finance.cost.contract", "OT-2019-0042", "Contract no"),
                ImportColumn.required("category", "finance.cost.category", "MAINTENANCE", "Cost type"),
                ImportColumn.optional("kind", "finance.cost.kind", "ACTUAL", "Status"),
                ImportColumn.required("period", "finance.cost.period", "2026-03", "Posting period", "Month"),
                ImportColumn.required("amount", "finance.cost.amount", "30000.00", "Net amount", "Value"),
                ImportColumn.required("currency", "finance.cost.currency", "EUR", "Currency code"),
                ImportColumn.optional("description", "finance.cost.description", "Maintenance Q1", "Text",
                        "Narrative"));
    }

    @Override
    public boolean mayImport() {
        return FinanceAccess.isFinance() || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public CostLineDraft read(ImportRow row) {
        Long platformId = lookups.platform(row, "platform");
        Long vendorId = lookups.vendor(row, "vendor");
        Long contractId = lookups.contract(row, "contract");
        if (platformId != null && !access.mayChange(platformId)) {
            row.error("platform", "import.value.not-your-platform", row.text("platform"));
        }
        String reference = row.text("reference");
        if (reference != null) {
            lines.findByReferenceIgnoreCase(reference).filter(l -> !access.mayChange(l.getPlatformId()))
                    .ifPresent(l -> row.error("reference", "finance.cost.reference.taken", reference));
        }
        CostKind kind = row.choice("kind", CostKind.class, "finance-kind");
        return new CostLineDraft(reference, platformId, vendorId, contractId,
                row.choice("category", CostCategory.class, "finance-category"), kind == null ? CostKind.ACTUAL : kind,
                FinanceLookups.month(row, "period"), row.decimal("amount"), FinanceLookups.currency(row, "currency"),
                row.text("description"), null);
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
        for (CostLineDraft draft : drafts) {
            var existing = lines.findByReferenceIgnoreCase(draft.reference().trim());
            if (existing.isEmpty()) {
                service.add(draft, CostSource.IMPORTED);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
                continue;
            }
            CostLine line = existing.get();
            Long vendorId = service.check(draft, line.getId());
            if (comparable(line.toDraft()).equals(comparable(draft, vendorId))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                line.describe(draft, vendorId);
                lines.saveAndFlush(line);
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by("reference", "id"));
        List<CostLine> content = lines.findAll(CostLineRepository.matching(CostLineFilter.all(),
                new FiscalCalendar(1), access.visiblePlatforms()), page).getContent();
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(content.stream().map(CostLine::getPlatformId)
                .collect(Collectors.toSet()));
        Map<Long, VendorRef> vendorRefs = vendors.refsByIds(content.stream().map(CostLine::getVendorId)
                .collect(Collectors.toSet()));
        Map<Long, String> numbers = new HashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (CostLine line : content) {
            CostLineDraft d = line.toDraft();
            rows.add(new ArrayList<>(Arrays.asList(d.reference(), name(platformRefs.get(d.platformId())),
                    vendorRefs.containsKey(d.vendorId()) ? vendorRefs.get(d.vendorId()).name() : null,
                    d.contractId() == null ? null : numbers.computeIfAbsent(d.contractId(),
                            id -> service.get(line.getId()).contractNumber()),
                    d.category().name(), d.kind().name(), d.period().toString(), d.amount(), d.currency(),
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
        return Arrays.asList(d.reference().trim(), d.platformId(), vendorId, d.contractId(), d.category(), d.kind(),
                d.period(), FinanceLookups.plain(d.amount()), d.currency(),
                d.description() == null || d.description().isBlank() ? null : d.description().trim());
    }
}
