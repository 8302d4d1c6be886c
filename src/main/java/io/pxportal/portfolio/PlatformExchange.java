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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platforms as CSV/XLSX rows, matched by name; the vendor by its name. The rules of {@link PlatformService}
 * apply row by row: a product owner imports only platforms they own (or new ones, which they then own), and
 * only an admin changes owners.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(20)
class PlatformExchange implements RecordExchange<PlatformDraft> {

    private final PlatformService platforms;
    private final PlatformRepository repository;
    private final VendorRepository vendors;

    PlatformExchange(PlatformService platforms, PlatformRepository repository, VendorRepository vendors) {
        this.platforms = platforms;
        this.repository = repository;
        this.vendors = vendors;
    }

    @Override
    public String type() {
        return "platforms";
    }

    @Override
    public String labelKey() {
        return "menu.platforms";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "platform.name", "Exstream Statements", "Platform", "Platform name"),
                ImportColumn.required("vendor", "platform.vendor", "OpenText", "Supplier", "Vendor name"),
                ImportColumn.required("product", "platform.product", "OpenText Exstream", "CCM product"),
                ImportColumn.optional("productVersion", "platform.product-version", "16.6", "Release"),
                ImportColumn.required("deployment", "platform.deployment", "On-premises", "Hosting"),
                ImportColumn.required("lifecycle", "platform.lifecycle", "Sustain", "Status", "Stage"),
                ImportColumn.optional("environments", "platform.environments", "Production, Test", "Envs"),
                ImportColumn.optional("businessUnits", "platform.business-units", "Retail Banking; Cards", "BU"),
                ImportColumn.optional("owners", "platform.owners", "olena", "Owner", "Product owner"),
                ImportColumn.optional("notes", "platform.notes", "Batch statements", "Comment", "Remarks"));
    }

    @Override
    public boolean mayImport() {
        return platforms.canCreate();
    }

    @Override
    public PlatformDraft read(ImportRow row) {
        return newReader().apply(row);
    }

    /** Reads a pass with the vendors' and platforms' names looked up once, not scanned per row. */
    @Override
    public Optional<Function<ImportRow, PlatformDraft>> reader() {
        return Optional.of(newReader());
    }

    private Function<ImportRow, PlatformDraft> newReader() {
        NameIndex vendorIds = new NameIndex(vendors.idsAndNames());
        NameIndex platformIds = new NameIndex(repository.idsAndNames());
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        String username = CurrentUser.username().orElse(null);
        return row -> {
            String vendorName = row.text("vendor");
            Long vendorId = vendorName == null
                    ? null
                    : vendorIds.find(vendorName).orElseGet(() -> {
                        row.error("vendor", "import.value.unknown-vendor", vendorName);
                        return null;
                    });
            Set<String> owners = row.list("owners");
            platformIds.find(row.text("name")).filter(id -> !admin).ifPresent(id -> {
                Set<String> current = new TreeSet<>(repository.ownersOf(List.of(id)).stream()
                        .map(r -> (String) r[1])
                        .toList());
                if (!current.contains(username)) {
                    row.error("name", "import.value.not-your-platform", platformIds.name(id));
                } else if (!owners.isEmpty() && !new TreeSet<>(owners).equals(current)) {
                    row.error("owners", "platform.owners.admin-only");
                }
            });
            return new PlatformDraft(
                    row.text("name"),
                    vendorId,
                    row.text("product"),
                    row.text("productVersion"),
                    row.choice("deployment", Deployment.class, "deployment"),
                    row.choice("lifecycle", Lifecycle.class, "lifecycle"),
                    row.choices("environments", PlatformEnvironment.class, "environment"),
                    row.list("businessUnits"),
                    owners,
                    row.text("notes"),
                    null);
        };
    }

    @Override
    public String naturalKey(PlatformDraft draft) {
        return draft.name().trim();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<PlatformDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        // Names matched in one query instead of a case-insensitive scan per row (twice, with the service's own
        // uniqueness check); a new name is free, the file has no repeated names.
        NameIndex ids = new NameIndex(repository.idsAndNames());
        Set<String> productOwners = null;
        for (PlatformDraft draft : drafts) {
            var existing = ids.find(draft.name()).flatMap(repository::findById);
            if (existing.isEmpty()) {
                if (productOwners == null) {
                    productOwners = platforms.productOwners();
                }
                platforms.createNamed(draft, productOwners);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
                continue;
            }
            Platform current = existing.get();
            // An owner's row without owners keeps them; only an admin's row can change them.
            Set<String> owners = draft.owners().isEmpty() && !admin ? current.getOwners() : draft.owners();
            PlatformDraft merged = new PlatformDraft(
                    draft.name(),
                    draft.vendorId(),
                    draft.product(),
                    draft.productVersion(),
                    draft.deployment(),
                    draft.lifecycle(),
                    draft.environments(),
                    draft.businessUnits(),
                    owners,
                    draft.notes(),
                    current.getVersion());
            if (row(current).equals(row(merged))) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                platforms.update(current.getId(), merged);
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
        List<List<Object>> rows = new ArrayList<>();
        repository.findAll((root, query, cb) -> cb.conjunction(), page).forEach(p -> rows.add(exportRow(p)));
        return rows;
    }

    private static List<Object> exportRow(Platform p) {
        return new ArrayList<>(java.util.Arrays.asList(
                p.getName(),
                p.getVendor().getName(),
                p.getProduct(),
                p.getProductVersion(),
                p.getDeployment().name(),
                p.getLifecycle().name(),
                String.join(", ", p.getEnvironments().stream().map(Enum::name).toList()),
                String.join("; ", p.getBusinessUnits()),
                String.join(", ", p.getOwners()),
                p.getNotes()));
    }

    /** The comparable content of a stored platform. */
    private static List<Object> row(Platform p) {
        return java.util.Arrays.asList(
                p.getName(),
                p.getVendor().getId(),
                p.getProduct(),
                p.getProductVersion(),
                p.getDeployment(),
                p.getLifecycle(),
                new TreeSet<>(p.getEnvironments()),
                new TreeSet<>(p.getBusinessUnits()),
                new TreeSet<>(p.getOwners()),
                p.getNotes());
    }

    /** The comparable content of a draft, normalised as the platform would store it. */
    private static List<Object> row(PlatformDraft d) {
        return java.util.Arrays.asList(
                d.name().trim(),
                d.vendorId(),
                d.product().trim(),
                Texts.trimmedOrNull(d.productVersion()),
                d.deployment(),
                d.lifecycle(),
                new TreeSet<>(d.environments()),
                new TreeSet<>(d.businessUnits().stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList()),
                new TreeSet<>(d.owners()),
                Texts.trimmedOrNull(d.notes()));
    }
}
