package io.pxportal.contracts;

import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.NameIndex;
import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one import pass of contract rows into drafts, with the vendors, platforms and contracts looked up by name or
 * number once for the pass, not scanned per row; what does not resolve or breaks a rule of {@link ContractService}
 * is a row error, what the editor would warn about a row warning (ADR 006).
 */
final class ContractRowReader implements Function<ImportRow, ContractDraft> {

    private final NameIndex vendorIds;
    private final NameIndex platformIndex;
    private final NameIndex contractIds;
    private final Map<Long, Set<Long>> linked;
    private final Map<String, Boolean> knownUsers = new HashMap<>();
    private final ContractAccess access;
    private final ContractChecks checks;
    private final PlatformService platforms;
    private final UserDirectory users;
    private final Clock clock;

    /** The look-ups of a pass; {@code linked}: each contract's platforms by contract id. */
    record Indexes(NameIndex vendors, NameIndex platforms, NameIndex contracts, Map<Long, Set<Long>> linked) {}

    ContractRowReader(
            Indexes indexes,
            ContractAccess access,
            ContractChecks checks,
            PlatformService platforms,
            UserDirectory users,
            Clock clock) {
        this.vendorIds = indexes.vendors();
        this.platformIndex = indexes.platforms();
        this.contractIds = indexes.contracts();
        this.linked = indexes.linked();
        this.access = access;
        this.checks = checks;
        this.platforms = platforms;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public ContractDraft apply(ImportRow row) {
        Long vendorId = vendor(row);
        Set<Long> platformIds = platforms(row);
        String owner = owner(row);
        RenewalType renewalType = row.choice("renewalType", RenewalType.class, "renewal-type");
        Integer period = whole(row, "renewalPeriodMonths");
        if (renewalType != null && renewalType != RenewalType.NONE && (period == null || period < 1)) {
            row.error("renewalPeriodMonths", "contract.renewal-period.required");
        }
        String number = row.text("number");
        checkRights(row, number, platformIds);
        NoticeUnit unit = row.choice("noticeUnit", NoticeUnit.class, "renewal.unit");
        UpliftType uplift = row.choice("upliftType", UpliftType.class, "uplift-type");
        ContractDraft draft = new ContractDraft(
                number,
                row.text("title"),
                vendorId,
                platformIds,
                owner,
                row.date("start"),
                orZero(whole(row, "initialTermMonths")),
                renewalType,
                orZero(period),
                orZero(whole(row, "noticeAmount")),
                unit == null ? NoticeUnit.DAYS : unit,
                orZero(whole(row, "explicitRenewals")),
                row.date("noticeGivenOn"),
                row.text("currency"),
                row.decimal("annualValue"),
                uplift == null ? UpliftType.NONE : uplift,
                row.decimal("upliftPercent"),
                row.text("upliftIndex"),
                row.decimal("upliftCapPercent"),
                row.decimal("upliftFloorPercent"),
                row.text("notes"),
                leadDays(row),
                null);
        checkSanity(row, draft);
        return draft;
    }

    private Long vendor(ImportRow row) {
        String vendorName = row.text("vendor");
        return vendorName == null
                ? null
                : vendorIds.find(vendorName).orElseGet(() -> {
                    row.error("vendor", "import.value.unknown-vendor", vendorName);
                    return null;
                });
    }

    private Set<Long> platforms(ImportRow row) {
        Set<Long> platformIds = new LinkedHashSet<>();
        for (String name : row.list("platforms")) {
            platformIndex
                    .find(name)
                    .ifPresentOrElse(
                            platformIds::add, () -> row.error("platforms", "import.value.unknown-platform", name));
        }
        return platformIds;
    }

    private String owner(ImportRow row) {
        String owner = row.text("owner");
        if (owner != null
                && !knownUsers.computeIfAbsent(
                        owner, u -> !users.byUsernames(Set.of(u)).isEmpty())) {
            row.error("owner", "import.value.unknown-user", owner);
        }
        return owner;
    }

    /** The editor's rule: a product owner changes only their contracts, links only platforms they own. */
    private void checkRights(ImportRow row, String number, Set<Long> platformIds) {
        Optional<Long> existing = contractIds.find(number);
        existing.filter(id -> !access.canEdit(id))
                .ifPresent(id -> row.error("number", "import.value.not-your-contract", contractIds.name(id)));
        // ... and keeps one of theirs on it.
        Set<Long> before = existing.map(id -> linked.getOrDefault(id, Set.of())).orElse(Set.of());
        if (!row.hasErrors()
                && (!platforms.canEditAny(platformIds)
                        || !checks.foreignAdditions(platformIds, before).isEmpty())) {
            row.error("platforms", "contract.platform.not-yours");
        }
    }

    /** The rules of ContractService, row by row: implausible dates are errors, a term shorter than its notice a warning. */
    private void checkSanity(ImportRow row, ContractDraft draft) {
        for (ContractSanity.Refusal refusal : ContractSanity.refusals(draft, LocalDate.now(clock))) {
            row.error(refusal.field(), refusal.messageKey(), refusal.arguments());
        }
        if (!row.hasErrors()) {
            for (RenewalSchedule.Reason warning : ContractSanity.warnings(draft)) {
                row.warn("noticeAmount", warning.key(), warning.arguments());
            }
        }
    }

    /** The alert lead times, or null (keep the contract's own, the defaults for a new one) when blank. */
    private static List<Integer> leadDays(ImportRow row) {
        try {
            List<Integer> days = AlertLeadTimes.parse(row.text("alertLeadDays"));
            if (days == null || AlertLeadTimes.valid(days)) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        row.error(
                "alertLeadDays",
                "contract.alert-lead-days.invalid",
                AlertLeadTimes.MIN,
                AlertLeadTimes.MAX,
                AlertLeadTimes.MAX_COUNT);
        return null;
    }

    /** A whole number, or an error for anything with a fraction (a term of 12.5 months is a typo, not a term). */
    private static Integer whole(ImportRow row, String column) {
        BigDecimal value = row.decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            row.error(column, "import.value.not-a-whole-number", row.text(column));
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
