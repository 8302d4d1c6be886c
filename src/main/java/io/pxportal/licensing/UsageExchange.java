package io.pxportal.licensing;

import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.BulkUpsert;
import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Usage measurements as CSV/XLSX rows (a vendor's or a monitoring tool's usage report), known by entitlement,
 * environment and day or period start. A row names its entitlement by platform and metric — plus contract and
 * product where the platform has several lines of that metric. A row without a source is recorded as imported.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(41)
class UsageExchange implements RecordExchange<MeasurementDraft> {

    private final UsageService usage;
    private final UsageMeasurementRepository repository;
    private final EntitlementRepository entitlements;
    private final LicensingReferences references;
    private final LicencePositions positions;
    private final PlatformService platforms;
    private final UsageBulkImport bulk;
    private final Clock clock;

    UsageExchange(
            UsageService usage,
            UsageMeasurementRepository repository,
            EntitlementRepository entitlements,
            LicensingReferences references,
            LicencePositions positions,
            PlatformService platforms,
            UsageBulkImport bulk,
            Clock clock) {
        this.usage = usage;
        this.repository = repository;
        this.entitlements = entitlements;
        this.references = references;
        this.positions = positions;
        this.platforms = platforms;
        this.bulk = bulk;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "usage";
    }

    @Override
    public String labelKey() {
        return "licence.measurements";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("platform", "entitlement.platform", "Exstream Statements", "Platform name"),
                ImportColumn.required("metric", "entitlement.metric", "Documents per year", "Licence metric", "Unit"),
                ImportColumn.optional("contract", "entitlement.contract", "OT-2019-0042", "Contract number"),
                ImportColumn.optional("product", "entitlement.product", "Exstream Engine", "Module"),
                ImportColumn.required("environment", "measurement.environment", "Production", "Env", "Stage"),
                ImportColumn.required(
                        "from", "measurement.from", "2026-10-01", "Date", "Measured on", "Period start", "Period from"),
                ImportColumn.optional("to", "measurement.to", "2026-10-31", "Period end", "Period to"),
                ImportColumn.required(
                        "quantity", "measurement.quantity", "3600000", "Usage", "Volume", "Count", "Consumed"),
                ImportColumn.optional("source", "measurement.source", "Imported"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public MeasurementDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    @Override
    public Optional<Function<ImportRow, MeasurementDraft>> reader() {
        return Optional.of(newReader());
    }

    private UsageRowReader newReader() {
        return new UsageRowReader(references, entitlements, LocalDate.now(clock));
    }

    /** Usage reports run to millions of rows: they are written set-based (see {@link UsageBulkImport}). */
    @Override
    public Optional<BulkUpsert<MeasurementDraft>> bulk() {
        return Optional.of(bulk);
    }

    @Override
    public String naturalKey(MeasurementDraft draft) {
        return draft.entitlementId() + "|" + draft.environment() + "|" + draft.from();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<MeasurementDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (MeasurementDraft draft : drafts) {
            var existing = repository.findByEntitlementIdAndEnvironmentAndFrom(
                    draft.entitlementId(), draft.environment(), draft.from());
            if (existing.isEmpty()) {
                usage.record(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (existing.get().sameAs(draft)) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                usage.record(draft.correcting(existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by("entitlement.id", "environment", "from", "id"));
        List<UsageMeasurement> rows = repository.findAllBy(page).getContent();
        List<Entitlement> lines =
                rows.stream().map(UsageMeasurement::getEntitlement).distinct().toList();
        Map<Long, ContractView> contracts = positions.contracts(
                lines.stream().map(Entitlement::getContractId).toList());
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                lines.stream().map(Entitlement::getPlatformId).collect(Collectors.toSet()));
        List<List<Object>> cells = new ArrayList<>();
        for (UsageMeasurement m : rows) {
            Entitlement e = m.getEntitlement();
            MeasurementView v = m.toView();
            cells.add(new ArrayList<>(Arrays.asList(
                    platformRefs.get(e.getPlatformId()).name(),
                    e.getMetric().name(),
                    contracts.get(e.getContractId()).draft().number(),
                    e.getProduct(),
                    v.environment().name(),
                    v.from(),
                    v.to(),
                    v.quantity(),
                    v.source().name())));
        }
        return cells;
    }
}
