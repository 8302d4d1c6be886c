package io.pxportal.licensing;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.ImportRow;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Contracts by number and platforms by name, as import rows name them; an unknown one is a row error. */
@Component
class LicensingReferences {

    private static final int CANDIDATES = 20;

    private final ContractService contracts;
    private final PlatformService platforms;
    private final org.springframework.transaction.support.TransactionTemplate apart;

    LicensingReferences(
            ContractService contracts,
            PlatformService platforms,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.contracts = contracts;
        this.platforms = platforms;
        this.apart = new org.springframework.transaction.support.TransactionTemplate(transactions);
        apart.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.setReadOnly(true);
    }

    /**
     * Runs a lookup in a read-only transaction of its own, on another connection: a bulk import keeps its own
     * connection busy streaming rows (PostgreSQL COPY) while rows are still being read.
     */
    <T> T apart(java.util.function.Supplier<T> lookup) {
        return apart.execute(status -> lookup.get());
    }

    Optional<ContractView> contract(String number) {
        // The filter also matches titles and parts of numbers: keep the exact number only.
        return contracts.page(new ContractFilter(number, null, null), PageRequest.of(0, CANDIDATES)).stream()
                .filter(c -> c.draft().number().equalsIgnoreCase(number.trim()))
                .findFirst();
    }

    Optional<PlatformRef> platform(String name) {
        return platforms.refs(name, PageRequest.of(0, CANDIDATES)).stream()
                .filter(p -> p.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    /** The contract the row's column names, or null with a row error. */
    ContractView contract(ImportRow row, String column) {
        String number = row.text(column);
        return number == null
                ? null
                : contract(number).orElseGet(() -> {
                    row.error(column, "import.value.unknown-contract", number);
                    return null;
                });
    }

    /** The platform the row's column names, or null with a row error. */
    PlatformRef platform(ImportRow row, String column) {
        String name = row.text(column);
        return name == null
                ? null
                : platform(name).orElseGet(() -> {
                    row.error(column, "import.value.unknown-platform", name);
                    return null;
                });
    }

    boolean mayEdit(Long platformId) {
        return platforms.canEditAny(Set.of(platformId));
    }
}
