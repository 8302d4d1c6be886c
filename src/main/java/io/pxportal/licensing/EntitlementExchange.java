package io.pxportal.licensing;

import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Entitlements as CSV/XLSX rows, known by contract number, platform, product and metric. The rules of
 * {@link EntitlementService} apply row by row: only lines for platforms the importer may change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(40)
class EntitlementExchange implements RecordExchange<EntitlementDraft> {

    private final EntitlementService service;
    private final EntitlementRepository repository;
    private final LicensingReferences references;
    private final LicencePositions positions;
    private final PlatformService platforms;
    private final io.pxportal.contracts.ContractService contractService;

    EntitlementExchange(
            EntitlementService service,
            EntitlementRepository repository,
            LicensingReferences references,
            LicencePositions positions,
            PlatformService platforms,
            io.pxportal.contracts.ContractService contractService) {
        this.contractService = contractService;
        this.service = service;
        this.repository = repository;
        this.references = references;
        this.positions = positions;
        this.platforms = platforms;
    }

    @Override
    public String type() {
        return "entitlements";
    }

    @Override
    public String labelKey() {
        return "licence.entitlements";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(
                        "contract", "entitlement.contract", "OT-2019-0042", "Contract number", "Contract no"),
                ImportColumn.required("platform", "entitlement.platform", "Exstream Statements", "Platform name"),
                ImportColumn.required(
                        "product", "entitlement.product", "Exstream Engine", "Module", "Product/module", "Licence"),
                ImportColumn.required(
                        "metric", "entitlement.metric", "Documents per year", "Licence metric", "Licence type"),
                ImportColumn.optional("quantity", "entitlement.quantity", "40000000", "Qty", "Entitled", "Licences"),
                ImportColumn.optional("unitPrice", "entitlement.unit-price", "0.009", "Price", "List price"),
                ImportColumn.optional("overagePrice", "entitlement.overage-price", "0.015", "Overage"),
                ImportColumn.optional(
                        "maintenancePercent", "entitlement.maintenance", "20", "Maintenance %", "Support %"),
                ImportColumn.optional("termFrom", "entitlement.term-from", "", "Valid from"),
                ImportColumn.optional("termTo", "entitlement.term-to", "", "Valid to", "Valid until"),
                ImportColumn.optional(
                        "environmentsCounted",
                        "entitlement.environments-counted",
                        "Production only",
                        "Environments",
                        "Non-production"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public EntitlementDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    /** Reads a pass with contracts and platforms looked up once, not searched for per row. */
    @Override
    public java.util.Optional<java.util.function.Function<ImportRow, EntitlementDraft>> reader() {
        return java.util.Optional.of(newReader());
    }

    private java.util.function.Function<ImportRow, EntitlementDraft> newReader() {
        NameIndex contractIds = contractService.numberIndex();
        Map<Long, java.util.Set<Long>> contractPlatforms = contractService.platformIdsByContract();
        NameIndex platformIds = platforms.nameIndex();
        Map<Long, Boolean> editable = new java.util.HashMap<>();
        return row -> {
            Long contractId = id(row, "contract", contractIds, "import.value.unknown-contract");
            Long platformId = id(row, "platform", platformIds, "import.value.unknown-platform");
            if (contractId != null && platformId != null) {
                if (!contractPlatforms
                        .getOrDefault(contractId, java.util.Set.of())
                        .contains(platformId)) {
                    row.error("platform", "entitlement.platform.not-in-contract", contractIds.name(contractId));
                } else if (!editable.computeIfAbsent(platformId, references::mayEdit)) {
                    row.error("platform", "import.value.not-your-platform", platformIds.name(platformId));
                }
            }
            LicenceMetric metric = row.choice("metric", LicenceMetric.class, "licence-metric");
            BigDecimal quantity = row.decimal("quantity");
            if (metric != null && !metric.isUnlimited() && quantity == null && row.text("quantity") == null) {
                row.error("quantity", "entitlement.quantity.required");
            }
            EnvironmentsCounted counted =
                    row.choice("environmentsCounted", EnvironmentsCounted.class, "environments-counted");
            return new EntitlementDraft(
                    contractId,
                    platformId,
                    row.text("product"),
                    metric,
                    metric != null && metric.isUnlimited() ? null : quantity,
                    row.decimal("unitPrice"),
                    row.decimal("overagePrice"),
                    row.decimal("maintenancePercent"),
                    row.date("termFrom"),
                    row.date("termTo"),
                    counted == EnvironmentsCounted.ALL,
                    null);
        };
    }

    /** The id the row's column names, or null with a row error. */
    private static Long id(ImportRow row, String column, NameIndex index, String unknown) {
        String name = row.text(column);
        return name == null
                ? null
                : index.find(name).orElseGet(() -> {
                    row.error(column, unknown, name);
                    return null;
                });
    }

    @Override
    public String naturalKey(EntitlementDraft draft) {
        return draft.contractId() + "|" + draft.platformId() + "|"
                + draft.product().trim() + "|" + draft.metric();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<EntitlementDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        // The chunk's lines in one query instead of one look-up per row (twice, with the service's own check).
        Map<String, Entitlement> lines = new java.util.HashMap<>();
        for (Entitlement line : repository.findByContractIdIn(
                drafts.stream().map(EntitlementDraft::contractId).collect(Collectors.toSet()))) {
            lines.putIfAbsent(
                    key(line.getContractId(), line.getPlatformId(), line.getProduct(), line.getMetric()), line);
        }
        for (EntitlementDraft draft : drafts) {
            var existing = java.util.Optional.ofNullable(
                    lines.get(key(draft.contractId(), draft.platformId(), draft.product(), draft.metric())));
            if (existing.isEmpty()) {
                service.createMatched(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
                continue;
            }
            Entitlement current = existing.get();
            EntitlementDraft merged = new EntitlementDraft(
                    draft.contractId(),
                    draft.platformId(),
                    draft.product(),
                    draft.metric(),
                    draft.quantity(),
                    draft.unitPrice(),
                    draft.overagePrice(),
                    draft.maintenancePercent(),
                    draft.termFrom(),
                    draft.termTo(),
                    draft.nonProductionCounts(),
                    current.getVersion());
            if (comparable(current.toDraft()).equals(comparable(merged))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                service.update(current.getId(), merged);
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    private static String key(Long contractId, Long platformId, String product, LicenceMetric metric) {
        return contractId + "|" + platformId + "|" + NameIndex.key(product) + "|" + metric;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by("contractId", "platformId", "product", "metric", "id"));
        List<Entitlement> rows = repository.findAll(page).getContent();
        Map<Long, ContractView> contracts = positions.contracts(
                rows.stream().map(Entitlement::getContractId).toList());
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                rows.stream().map(Entitlement::getPlatformId).collect(Collectors.toSet()));
        List<List<Object>> cells = new ArrayList<>();
        for (Entitlement e : rows) {
            EntitlementDraft d = e.toDraft();
            cells.add(new ArrayList<>(Arrays.asList(
                    contracts.get(e.getContractId()).draft().number(),
                    platformRefs.get(e.getPlatformId()).name(),
                    d.product(),
                    d.metric().name(),
                    d.quantity(),
                    d.unitPrice(),
                    d.overagePrice(),
                    d.maintenancePercent(),
                    d.termFrom(),
                    d.termTo(),
                    EnvironmentsCounted.of(d.nonProductionCounts()).name())));
        }
        return cells;
    }

    /** The draft's content as stored: trimmed, numbers compared by value, no version. */
    private static List<Object> comparable(EntitlementDraft d) {
        return Arrays.asList(
                d.contractId(),
                d.platformId(),
                d.product().trim(),
                d.metric(),
                number(d.metric().isUnlimited() ? null : d.quantity()),
                number(d.unitPrice()),
                number(d.overagePrice()),
                number(d.maintenancePercent()),
                d.termFrom(),
                d.termTo(),
                d.nonProductionCounts());
    }

    private static Object number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
