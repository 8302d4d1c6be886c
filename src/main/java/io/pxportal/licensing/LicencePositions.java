package io.pxportal.licensing;

import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts entitlements together with their contracts, platforms and measurements and asks the engine for their
 * positions: one query for the measurements of a whole page, one look-up per contract on it.
 */
@Component
class LicencePositions {

    private final ContractService contracts;
    private final PlatformService platforms;
    private final UsageMeasurementRepository measurements;

    LicencePositions(ContractService contracts, PlatformService platforms, UsageMeasurementRepository measurements) {
        this.contracts = contracts;
        this.platforms = platforms;
        this.measurements = measurements;
    }

    List<EntitlementView> views(List<Entitlement> page, LocalDate asOf) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, ContractView> byId = contracts(page.stream().map(Entitlement::getContractId).toList());
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(page.stream().map(Entitlement::getPlatformId)
                .collect(Collectors.toSet()));
        Map<Long, EntitlementTerms> terms = page.stream().collect(Collectors.toMap(Entitlement::getId,
                e -> terms(e, byId.get(e.getContractId()))));
        LocalDate since = terms.values().stream().map(t -> LicencePositionEngine.yearStartFor(t, asOf))
                .min(LocalDate::compareTo).orElse(asOf);
        Map<Long, List<MeasuredUsage>> usage = measurements.findOverlapping(terms.keySet(), since, asOf).stream()
                .collect(Collectors.groupingBy(m -> m.getEntitlement().getId(),
                        Collectors.mapping(UsageMeasurement::toUsage, Collectors.toList())));
        Map<Long, Boolean> editable = new HashMap<>();
        return page.stream().map(e -> {
            ContractView contract = byId.get(e.getContractId());
            EntitlementTerms t = terms.get(e.getId());
            return new EntitlementView(e.getId(), e.toDraft(), new EntitlementView.Contract(contract.id(),
                    contract.draft().number(), contract.draft().title(), contract.draft().currency()),
                    platformRefs.get(e.getPlatformId()), t.termFrom(), t.termTo(),
                    LicencePositionEngine.position(t, usage.getOrDefault(e.getId(), List.of()), asOf),
                    editable.computeIfAbsent(e.getPlatformId(), p -> platforms.canEditAny(Set.of(p))));
        }).toList();
    }

    /** The terms the engine judges: the contract's start and (if it has one) end fill in a term left open. */
    EntitlementTerms terms(Entitlement entitlement, ContractView contract) {
        RenewalSchedule schedule = contract.schedule();
        LocalDate contractEnd = schedule.nextRenewal() == null ? schedule.termEnd() : null;
        return entitlement.terms(contract.draft().start(), contractEnd);
    }

    EntitlementTerms terms(Entitlement entitlement) {
        return terms(entitlement, contracts.get(entitlement.getContractId()));
    }

    Map<Long, ContractView> contracts(Collection<Long> ids) {
        return new LinkedHashSet<>(ids).stream().collect(Collectors.toMap(Function.identity(), contracts::get));
    }
}
