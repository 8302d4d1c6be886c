package io.pxportal.licensing;

import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.ImportRow;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.PlatformRef;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads usage rows for one pass over a file. A usage report names the same few platforms, contracts and
 * entitlements on every row, so each is looked up once per pass — a million rows must not mean millions of
 * queries — and who may edit each platform is asked once too. The rules are those of a single row. Lookups run
 * apart from the import's transaction (see {@link LicensingReferences#apart}).
 */
final class UsageRowReader implements Function<ImportRow, MeasurementDraft> {

    /** Lookups remembered per pass; a file naming more distinct references than this looks the rest up again. */
    private static final int REMEMBERED = 10_000;

    private final LicensingReferences references;
    private final EntitlementRepository entitlements;
    private final LocalDate today;
    private final Map<String, Optional<PlatformRef>> platforms = remembered();
    private final Map<String, Optional<ContractView>> contracts = remembered();
    private final Map<String, List<Entitlement>> lines = remembered();
    private final Map<Long, Boolean> editable = remembered();

    UsageRowReader(LicensingReferences references, EntitlementRepository entitlements, LocalDate today) {
        this.references = references;
        this.entitlements = entitlements;
        this.today = today;
    }

    @Override
    public MeasurementDraft apply(ImportRow row) {
        Entitlement entitlement = entitlement(row);
        MeasurementSource source = row.choice("source", MeasurementSource.class, "measurement-source");
        LocalDate from = row.date("from");
        LocalDate to = row.date("to");
        if (entitlement != null && from != null) {
            // The entity refuses these too; here they become row errors the importer can fix in the file.
            boolean counted = entitlement.getMetric().isCountedAtDate();
            if (counted && to != null && !to.equals(from)) {
                row.error("to", "measurement.day-only");
            } else if (!counted && to == null) {
                row.error("to", "measurement.period-required");
            } else if (to != null && to.isBefore(from)) {
                row.error("to", "measurement.period.invalid");
            }
        }
        if (from != null && from.isAfter(today)) {
            row.error("from", "measurement.future");
        }
        return new MeasurementDraft(
                entitlement == null ? null : entitlement.getId(),
                row.choice("environment", PlatformEnvironment.class, "environment"),
                from,
                to,
                row.decimal("quantity"),
                source == null ? MeasurementSource.IMPORTED : source,
                null);
    }

    /** The one entitlement the row names, or null with a row error. */
    private Entitlement entitlement(ImportRow row) {
        PlatformRef platform = platform(row);
        LicenceMetric metric = row.choice("metric", LicenceMetric.class, "licence-metric");
        String number = row.text("contract");
        ContractView contract = number == null ? null : contract(row, number);
        if (platform == null || metric == null || (number != null && contract == null)) {
            return null;
        }
        String product = row.text("product");
        List<Entitlement> candidates = lines
                .computeIfAbsent(
                        platform.id() + "|" + metric,
                        k -> references.apart(() -> entitlements.findByPlatformIdAndMetric(platform.id(), metric)))
                .stream()
                .filter(e -> contract == null || e.getContractId().equals(contract.id()))
                .filter(e -> product == null || e.getProduct().equalsIgnoreCase(product))
                .toList();
        if (candidates.isEmpty()) {
            row.error("metric", "import.value.no-entitlement", platform.name());
            return null;
        }
        if (candidates.size() > 1) {
            row.error("metric", "import.value.ambiguous-entitlement", platform.name());
            return null;
        }
        if (!editable.computeIfAbsent(platform.id(), id -> references.apart(() -> references.mayEdit(id)))) {
            row.error("platform", "import.value.not-your-platform", platform.name());
            return null;
        }
        return candidates.getFirst();
    }

    private PlatformRef platform(ImportRow row) {
        String name = row.text("platform");
        if (name == null) {
            return null;
        }
        return platforms
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> references.apart(() -> references.platform(name)))
                .orElseGet(() -> {
                    row.error("platform", "import.value.unknown-platform", name);
                    return null;
                });
    }

    private ContractView contract(ImportRow row, String number) {
        return contracts
                .computeIfAbsent(
                        number.toLowerCase(Locale.ROOT), k -> references.apart(() -> references.contract(number)))
                .orElseGet(() -> {
                    row.error("contract", "import.value.unknown-contract", number);
                    return null;
                });
    }

    private static <K, V> Map<K, V> remembered() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }
}
