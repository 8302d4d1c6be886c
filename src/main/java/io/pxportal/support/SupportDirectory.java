package io.pxportal.support;

import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.DomainException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What the support module reads from other modules: platforms with their vendors, contracts, and which policy a
 * platform's tickets run under (the policy of a contract covering the platform; the oldest one if several).
 */
@Component
class SupportDirectory {

    /** A portfolio has tens of platforms, not thousands: they are read in one page. */
    private static final int ALL = 1000;

    private final PlatformService platforms;
    private final ContractService contracts;
    private final SlaPolicyRepository policies;

    SupportDirectory(PlatformService platforms, ContractService contracts, SlaPolicyRepository policies) {
        this.platforms = platforms;
        this.contracts = contracts;
        this.policies = policies;
    }

    Map<Long, PlatformDetails> platforms() {
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, ALL, Sort.by("name"))).stream()
                .collect(Collectors.toMap(PlatformDetails::id, p -> p, (a, b) -> a, LinkedHashMap::new));
    }

    /** The given platforms only (a page of tickets names a handful), in one look-up; deleted ones are left out. */
    Map<Long, PlatformDetails> platforms(java.util.Collection<Long> ids) {
        return new java.util.TreeMap<>(platforms.detailsByIds(ids));
    }

    Optional<PlatformDetails> platformNamed(String name) {
        return platforms().values().stream()
                .filter(p -> p.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    /** Of the platforms, those the current user may change, in one look-up. */
    Set<Long> editableAmong(java.util.Collection<Long> platformIds) {
        return platformIds.isEmpty() ? Set.of() : platforms.editableAmong(platformIds);
    }

    boolean canEdit(Long platformId) {
        return platforms.canEditAny(Set.of(platformId));
    }

    ContractView contract(Long id) {
        return contracts.get(id);
    }

    /** The contracts by id in one look-up (unknown ones left out). */
    Map<Long, ContractView> contracts(java.util.Collection<Long> ids) {
        return contracts.byIds(ids);
    }

    Optional<ContractView> contractNumbered(String number) {
        return contracts.page(new ContractFilter(number, null, null), PageRequest.of(0, 20)).stream()
                .filter(c -> c.draft().number().equalsIgnoreCase(number.trim()))
                .findFirst();
    }

    /** The contracts the current user may change (a few hundred at most), for choosing a policy's contract. */
    List<ContractView> editableContracts() {
        return contracts.page(new ContractFilter(null, null, null), PageRequest.of(0, 1000)).stream()
                .filter(ContractView::editable)
                .toList();
    }

    /** The policy a platform's new tickets run under, if any contract covering it has one in force. */
    Optional<SlaPolicy> policyFor(Long platformId) {
        List<Long> contractIds =
                contracts.page(new ContractFilter(null, null, platformId), PageRequest.of(0, 50)).stream()
                        .map(ContractView::id)
                        .toList();
        return policies.findByContractIdInAndRetiredOnIsNull(contractIds).stream()
                .min(Comparator.comparing(SlaPolicy::getId));
    }

    /**
     * The policy each of the platforms' new tickets runs under, as {@link #policyFor} answers it, from two look-ups
     * for all of them (the contracts' platforms, then the policies in force); platforms without one are left out.
     */
    Map<Long, SlaPolicy> policiesFor(java.util.Collection<Long> platformIds) {
        Set<Long> wanted = Set.copyOf(platformIds);
        Map<Long, Set<Long>> links = contracts.platformIdsByContract();
        List<Long> covering = links.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(wanted::contains))
                .map(Map.Entry::getKey)
                .toList();
        if (covering.isEmpty()) {
            return Map.of();
        }
        Map<Long, SlaPolicy> byPlatform = new java.util.HashMap<>();
        policies.findByContractIdInAndRetiredOnIsNull(covering).stream()
                .sorted(Comparator.comparing(SlaPolicy::getId))
                .forEach(policy -> links.get(policy.getContractId()).stream()
                        .filter(wanted::contains)
                        .forEach(platform -> byPlatform.putIfAbsent(platform, policy)));
        return byPlatform;
    }

    /** Policies by id, in one look-up. */
    Map<Long, SlaPolicy> policies(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : policies.findAllById(Set.copyOf(ids)).stream().collect(Collectors.toMap(SlaPolicy::getId, p -> p));
    }

    SlaPolicy policy(Long id) {
        return policies.findById(id).orElseThrow(() -> new DomainException("support.policy.unknown", id));
    }
}
