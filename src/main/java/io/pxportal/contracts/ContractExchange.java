package io.pxportal.contracts;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
 * Contracts as CSV/XLSX rows, matched by contract number; the vendor and the platforms by name, the owner by
 * username, choices by code or label. The rules of {@link ContractService} apply row by row: a product owner
 * imports only contracts for platforms they own, and changes only contracts they may change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(30)
class ContractExchange implements RecordExchange<ContractDraft> {

    private final ContractService contracts;
    private final ContractRepository repository;
    private final ContractAccess access;
    private final ContractChecks checks;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final UserDirectory users;
    private final Clock clock;

    ContractExchange(
            ContractService contracts,
            ContractRepository repository,
            ContractAccess access,
            ContractChecks checks,
            VendorService vendors,
            PlatformService platforms,
            UserDirectory users,
            Clock clock) {
        this.clock = clock;
        this.contracts = contracts;
        this.repository = repository;
        this.access = access;
        this.checks = checks;
        this.vendors = vendors;
        this.platforms = platforms;
        this.users = users;
    }

    @Override
    public String type() {
        return "contracts";
    }

    @Override
    public String labelKey() {
        return "menu.contracts";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("number", "contract.number", "OT-2019-0042", "Contract", "Contract no"),
                ImportColumn.required("title", "contract.title", "Exstream licence and maintenance", "Subject"),
                ImportColumn.required("vendor", "contract.vendor", "OpenText", "Supplier", "Vendor name"),
                ImportColumn.optional("platforms", "contract.platforms", "Exstream Statements", "Platform"),
                ImportColumn.optional("owner", "contract.owner", "olena", "Owner"),
                ImportColumn.required("start", "contract.start", "2021-04-07", "Start", "Effective date"),
                ImportColumn.required("initialTermMonths", "contract.initial-term", "36", "Initial term"),
                ImportColumn.required("renewalType", "contract.renewal-type", "AUTOMATIC", "Renewal type"),
                ImportColumn.optional("renewalPeriodMonths", "contract.renewal-period", "12", "Renewal term"),
                ImportColumn.optional("noticeAmount", "contract.notice", "90", "Notice"),
                ImportColumn.optional("noticeUnit", "contract.notice-unit", "DAYS"),
                ImportColumn.optional("explicitRenewals", "contract.explicit-renewals", "0"),
                ImportColumn.optional("noticeGivenOn", "contract.notice-given-on", ""),
                ImportColumn.required("currency", "contract.currency", "EUR"),
                ImportColumn.optional("annualValue", "contract.annual-value", "360000.00", "Annual cost", "Value"),
                ImportColumn.optional("upliftType", "contract.uplift-type", "INDEX", "Uplift"),
                ImportColumn.optional("upliftPercent", "contract.uplift-percent", ""),
                ImportColumn.optional("upliftIndex", "contract.uplift-index", "Eurozone HICP"),
                ImportColumn.optional("upliftCapPercent", "contract.uplift-cap", "7", "Cap"),
                ImportColumn.optional("upliftFloorPercent", "contract.uplift-floor", "3", "Floor"),
                ImportColumn.optional("notes", "contract.notes", "Renewals by tacit agreement", "Comment", "Remarks"),
                ImportColumn.optional(
                        "alertLeadDays",
                        "contract.alert-lead-days",
                        "120, 90, 60, 30, 7",
                        "Alert lead times",
                        "Lead days",
                        "Reminders"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public ContractDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    /** Reads a pass with vendors, platforms and contracts looked up by name or number once, not scanned per row. */
    @Override
    public Optional<Function<ImportRow, ContractDraft>> reader() {
        return Optional.of(newReader());
    }

    private ContractRowReader newReader() {
        return new ContractRowReader(
                new ContractRowReader.Indexes(
                        vendors.nameIndex(),
                        platforms.nameIndex(),
                        new NameIndex(repository.idsAndNumbers()),
                        contracts.platformIdsByContract()),
                access,
                checks,
                platforms,
                users,
                clock);
    }

    @Override
    public String naturalKey(ContractDraft draft) {
        return draft.number().trim();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<ContractDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        // Numbers matched in one query instead of a case-insensitive scan per row (twice, with the service's own
        // uniqueness check); a new number is free, the file has no repeated numbers.
        NameIndex ids = new NameIndex(repository.idsAndNumbers());
        for (ContractDraft draft : drafts) {
            var existing = ids.find(draft.number()).flatMap(repository::findById);
            if (existing.isEmpty()) {
                contracts.createNumbered(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
                continue;
            }
            ContractDraft stored = existing.get().toDraft();
            ContractDraft incoming =
                    draft.alertLeadDays() == null ? draft.withAlertLeadDays(stored.alertLeadDays()) : draft;
            if (comparable(stored).equals(comparable(new Contract(incoming).toDraft()))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                contracts.update(
                        existing.get().getId(),
                        incoming.withVersion(existing.get().getVersion()));
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("number", "id"));
        List<Contract> content = repository.findAll(page).getContent();
        Map<Long, VendorRef> vendorRefs =
                vendors.refsByIds(content.stream().map(Contract::getVendorId).collect(Collectors.toSet()));
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                content.stream().flatMap(c -> c.getPlatformIds().stream()).collect(Collectors.toSet()));
        List<List<Object>> rows = new ArrayList<>();
        for (Contract contract : content) {
            ContractDraft d = contract.toDraft();
            String platformNames = d.platformIds().stream()
                    .map(platformRefs::get)
                    .filter(java.util.Objects::nonNull)
                    .map(PlatformRef::name)
                    .sorted()
                    .collect(Collectors.joining(", "));
            VendorRef vendor = vendorRefs.get(d.vendorId());
            rows.add(new ArrayList<>(Arrays.asList(
                    d.number(),
                    d.title(),
                    vendor == null ? null : vendor.name(),
                    platformNames,
                    d.owner(),
                    d.start(),
                    d.initialTermMonths(),
                    d.renewalType().name(),
                    d.renewalPeriodMonths(),
                    d.noticeAmount(),
                    d.noticeUnit().name(),
                    d.explicitRenewals(),
                    d.noticeGivenOn(),
                    d.currency(),
                    d.annualValue(),
                    d.upliftType().name(),
                    d.upliftPercent(),
                    d.upliftIndex(),
                    d.upliftCapPercent(),
                    d.upliftFloorPercent(),
                    d.notes(),
                    AlertLeadTimes.format(d.alertLeadDays()))));
        }
        return rows;
    }

    /** What a contract says, as a stored contract would say it (numbers compared by value, not by scale). */
    private static List<Object> comparable(ContractDraft d) {
        return Arrays.asList(
                d.number(),
                d.title(),
                d.vendorId(),
                new TreeSet<>(d.platformIds()),
                d.owner(),
                d.start(),
                d.initialTermMonths(),
                d.renewalType(),
                d.renewalPeriodMonths(),
                d.noticeAmount(),
                d.noticeUnit(),
                d.explicitRenewals(),
                d.noticeGivenOn(),
                d.currency(),
                plain(d.annualValue()),
                d.upliftType(),
                plain(d.upliftPercent()),
                d.upliftIndex(),
                plain(d.upliftCapPercent()),
                plain(d.upliftFloorPercent()),
                d.notes(),
                d.alertLeadDays());
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
