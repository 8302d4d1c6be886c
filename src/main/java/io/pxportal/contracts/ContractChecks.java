package io.pxportal.contracts;

import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks a contract passes on every path (editor, API, import) before it is saved: an implausible date is
 * refused with the field named (ADR 006), as are a taken number, unknown references and platforms the user may
 * not link; a term shorter than its notice is saved, and flagged by {@link ContractView#warnings()}.
 */
@Component
class ContractChecks {

    private final ContractRepository contracts;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final UserDirectory users;
    private final Clock clock;

    ContractChecks(
            ContractRepository contracts,
            VendorService vendors,
            PlatformService platforms,
            UserDirectory users,
            Clock clock) {
        this.contracts = contracts;
        this.vendors = vendors;
        this.platforms = platforms;
        this.users = users;
        this.clock = clock;
    }

    /** Everything, for a draft that replaces contract {@code ownId} (null: a new one) linked to {@code linkedBefore}. */
    void check(ContractDraft draft, Long ownId, Set<Long> linkedBefore) {
        ContractSanity.refusals(draft, LocalDate.now(clock)).stream()
                .findFirst()
                .ifPresent(refusal -> {
                    throw new DomainException(refusal.messageKey(), refusal.arguments());
                });
        contracts
                .findByNumberIgnoreCase(draft.number().trim())
                .filter(c -> !c.getId().equals(ownId))
                .ifPresent(c -> {
                    throw new DomainException("contract.number.taken", c.getNumber());
                });
        checkTerms(draft);
        if (vendors.refsByIds(List.of(draft.vendorId())).isEmpty()) {
            throw new NotFoundException("vendor", draft.vendorId());
        }
        if (platforms.refsByIds(draft.platformIds()).size()
                != draft.platformIds().size()) {
            throw new DomainException("contract.platform.unknown");
        }
        checkOwnerAndRights(draft, linkedBefore);
    }

    /** The rules of the terms themselves: valid alert lead times, a renewal period when the contract renews. */
    static void checkTerms(ContractDraft draft) {
        if (draft.alertLeadDays() != null && !AlertLeadTimes.valid(draft.alertLeadDays())) {
            throw new DomainException(
                    "contract.alert-lead-days.invalid",
                    AlertLeadTimes.MIN,
                    AlertLeadTimes.MAX,
                    AlertLeadTimes.MAX_COUNT);
        }
        if (draft.renewalType() != RenewalType.NONE && draft.renewalPeriodMonths() < 1) {
            throw new DomainException("contract.renewal-period.required");
        }
    }

    /** A known owner, and platforms the current user may link (see {@link #foreignAdditions}). */
    void checkOwnerAndRights(ContractDraft draft, Set<Long> linkedBefore) {
        if (draft.owner() != null
                && !draft.owner().isBlank()
                && users.byUsernames(Set.of(draft.owner().trim())).isEmpty()) {
            throw new DomainException("contract.owner.unknown", draft.owner());
        }
        if (!foreignAdditions(draft.platformIds(), linkedBefore).isEmpty()) {
            throw new AccessDeniedException("contract.platform.not-yours");
        }
        if (!platforms.canEditAny(draft.platformIds())) {
            throw new DomainException("contract.platform.not-yours");
        }
    }

    /**
     * The platforms a change would newly link to a contract that the current user may not change: a product owner
     * links only their own platforms (an admin any); platforms already on the contract may stay, since a contract
     * is often shared by several owners' platforms.
     */
    Set<Long> foreignAdditions(Collection<Long> platformIds, Collection<Long> linkedBefore) {
        Set<Long> added =
                platformIds.stream().filter(id -> !linkedBefore.contains(id)).collect(Collectors.toSet());
        if (added.isEmpty()) {
            return Set.of();
        }
        Set<Long> mine = platforms.editableAmong(added);
        return added.stream().filter(id -> !mine.contains(id)).collect(Collectors.toSet());
    }
}
