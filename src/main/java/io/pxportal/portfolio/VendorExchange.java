package io.pxportal.portfolio;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.shared.Texts;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vendors as CSV/XLSX rows, matched by name; contacts are kept as they are. Writes go through {@link VendorService}. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(10)
class VendorExchange implements RecordExchange<VendorDraft> {

    private final VendorService vendors;
    private final VendorRepository repository;

    VendorExchange(VendorService vendors, VendorRepository repository) {
        this.vendors = vendors;
        this.repository = repository;
    }

    @Override
    public String type() {
        return "vendors";
    }

    @Override
    public String labelKey() {
        return "menu.vendors";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "vendor.name", "OpenText", "Vendor", "Vendor name", "Supplier"),
                ImportColumn.optional("country", "vendor.country", "CA", "Country code"),
                ImportColumn.optional("website", "vendor.website", "https://www.opentext.com", "URL", "Web"),
                ImportColumn.optional("accountManager", "vendor.account-manager", "Laura Whitfield", "AM"),
                ImportColumn.optional("notes", "vendor.notes", "Quarterly service reviews", "Comment", "Remarks"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public VendorDraft read(ImportRow row) {
        return readRow(row);
    }

    private static VendorDraft readRow(ImportRow row) {
        String country = row.text("country");
        return new VendorDraft(
                row.text("name"),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                row.text("website"),
                row.text("accountManager"),
                row.text("notes"),
                List.of(),
                null);
    }

    /** The same reading as {@link #read}, as a plain function: no proxy (security, transaction) per row. */
    @Override
    public java.util.Optional<java.util.function.Function<ImportRow, VendorDraft>> reader() {
        return java.util.Optional.of(VendorExchange::readRow);
    }

    @Override
    public String naturalKey(VendorDraft draft) {
        return draft.name().trim();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<VendorDraft> drafts) {
        // One query for the names instead of a case-insensitive scan of the table per row (twice, with the
        // service's own uniqueness check): a new name is known to be free, the file has no repeated names.
        NameIndex ids = new NameIndex(repository.idsAndNames());
        java.util.Map<Long, Vendor> stored = new java.util.HashMap<>();
        repository
                .findWithContactsByIdIn(drafts.stream()
                        .flatMap(d -> ids.find(d.name()).stream())
                        .toList())
                .forEach(v -> stored.put(v.getId(), v));
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (VendorDraft draft : drafts) {
            Long id = ids.find(draft.name()).orElse(null);
            if (id == null) {
                repository.save(new Vendor(draft));
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
                continue;
            }
            VendorDetails current = stored.get(id).toDetails();
            VendorDraft merged = new VendorDraft(
                    draft.name(),
                    draft.country(),
                    draft.website(),
                    draft.accountManager(),
                    draft.notes(),
                    current.contacts(),
                    current.version());
            if (sameAs(current, merged)) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                vendors.update(current.id(), merged);
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    private static boolean sameAs(VendorDetails current, VendorDraft draft) {
        return cells(current.name(), current.country(), current.website(), current.accountManager(), current.notes())
                .equals(cells(draft.name(), draft.country(), draft.website(), draft.accountManager(), draft.notes()));
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        List<List<Object>> rows = new ArrayList<>();
        for (Vendor vendor : repository.findAll(page)) {
            VendorDetails v = vendor.toDetails();
            rows.add(new ArrayList<>(cells(v.name(), v.country(), v.website(), v.accountManager(), v.notes())));
        }
        return rows;
    }

    /** Values as stored: trimmed, blank as null. */
    static List<Object> cells(String... values) {
        return Arrays.stream(values)
                .map(Texts::trimmedOrNull)
                .map(Object.class::cast)
                .toList();
    }
}
