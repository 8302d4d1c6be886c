package io.pxportal.licensing;

import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalSchedule;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts entitlements together with their contracts, platforms and measurements and asks the engine for their
 * positions, set-based whatever the page size: one look-up for the page's contracts, one for its platforms, and
 * one query that sums up every entitlement's measurements over its own contract year ({@link UsageSummaries}).
 */
@Component
class LicencePositions {

    private final ContractService contracts;
    private final PlatformService platforms;
    private final UsageSummaries summaries;

    LicencePositions(ContractService contracts, PlatformService platforms, UsageSummaries summaries) {
        this.contracts = contracts;
        this.platforms = platforms;
        this.summaries = summaries;
    }

    List<EntitlementView> views(List<Entitlement> page, LocalDate asOf) {
        return views(page, List.of(asOf)).get(asOf);
    }

    /**
     * The views of the same entitlements on several days (the scores judge each quarter's end), by day: the
     * contracts, platforms and edit rights are looked up once, and every position's usage comes from one query.
     */
    Map<LocalDate, List<EntitlementView>> views(List<Entitlement> page, Collection<LocalDate> days) {
        Map<LocalDate, List<EntitlementView>> result = new LinkedHashMap<>();
        if (page.isEmpty()) {
            days.forEach(day -> result.put(day, List.of()));
            return result;
        }
        Map<Long, ContractView> byId =
                contracts(page.stream().map(Entitlement::getContractId).toList());
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                page.stream().map(Entitlement::getPlatformId).collect(Collectors.toSet()));
        Map<Long, EntitlementTerms> terms =
                page.stream().collect(Collectors.toMap(Entitlement::getId, e -> terms(e, byId.get(e.getContractId()))));
        List<UsageSummaries.Request> requests = new ArrayList<>();
        for (LocalDate day : days) {
            for (Entitlement e : page) {
                EntitlementTerms t = terms.get(e.getId());
                requests.add(new UsageSummaries.Request(e.getId(), ContractYear.judged(t, day), t));
            }
        }
        List<UsageSummary> usage = summaries.summariseEach(requests);
        // one question for the page's platforms, not one secured call per platform
        Set<Long> editable = platforms.editableAmong(platformRefs.keySet());
        int i = 0;
        for (LocalDate day : days) {
            List<EntitlementView> views = new ArrayList<>(page.size());
            for (Entitlement e : page) {
                ContractView contract = byId.get(e.getContractId());
                UsageSummaries.Request request = requests.get(i);
                views.add(new EntitlementView(
                        e.getId(),
                        e.toDraft(),
                        new EntitlementView.Contract(
                                contract.id(),
                                contract.draft().number(),
                                contract.draft().title(),
                                contract.draft().currency()),
                        platformRefs.get(e.getPlatformId()),
                        request.terms().termFrom(),
                        request.terms().termTo(),
                        LicencePositionEngine.position(request.terms(), request.year(), usage.get(i)),
                        editable.contains(e.getPlatformId())));
                i++;
            }
            result.put(day, views);
        }
        return result;
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

    /** The contracts by id, all of them known (an entitlement cannot outlive its contract). */
    Map<Long, ContractView> contracts(Collection<Long> ids) {
        Map<Long, ContractView> found = contracts.byIds(ids);
        ids.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("contract", id);
        });
        return found;
    }
}
