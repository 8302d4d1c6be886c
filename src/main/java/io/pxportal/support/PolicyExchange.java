package io.pxportal.support;

import io.pxportal.contracts.ContractView;
import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA policies as CSV/XLSX rows, one per contract, known by the contract's number: a row creates the contract's
 * policy or changes the one in force. The calendar is named; each severity has its name, response and resolution
 * minutes, whether each runs on business hours or round the clock ("business" or "24x7"), and its credit per
 * breach.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(49)
class PolicyExchange implements RecordExchange<SlaPolicyDraft> {

    private final SlaPolicyService service;
    private final SlaPolicyRepository policies;
    private final WorkCalendarRepository calendars;
    private final SupportDirectory directory;

    PolicyExchange(
            SlaPolicyService service,
            SlaPolicyRepository policies,
            WorkCalendarRepository calendars,
            SupportDirectory directory) {
        this.service = service;
        this.policies = policies;
        this.calendars = calendars;
        this.directory = directory;
    }

    @Override
    public String type() {
        return "sla-policies";
    }

    @Override
    public String labelKey() {
        return "support.policies";
    }

    @Override
    public List<ImportColumn> columns() {
        List<ImportColumn> columns = new ArrayList<>(List.of(
                ImportColumn.required("contract", "support.policy.contract", "SC-NY-2026", "Contract number"),
                ImportColumn.required("name", "support.policy.name", "New York standard support", "Policy"),
                ImportColumn.required("calendar", "support.calendar", "New York office", "Business calendar"),
                ImportColumn.optional("pausing", "support.policy.pausing", "WAITING_ON_CUSTOMER", "Pausing statuses"),
                ImportColumn.optional("uptimeTarget", "support.policy.uptime-target", "99.9", "Uptime target"),
                ImportColumn.optional("monthlyFee", "support.policy.monthly-fee", "2500", "Monthly fee"),
                ImportColumn.optional("currency", "contract.currency", "USD", "Currency"),
                ImportColumn.optional("creditTiers", "support.policy.tiers", "99.5:10; 95:15; 90:25", "Credit tiers"),
                ImportColumn.optional("creditCap", "support.policy.cap", "25", "Credit cap"),
                ImportColumn.optional("claimWindow", "support.policy.claim-window", "30", "Claim window")));
        for (Severity s : Severity.values()) {
            String p = s.name().toLowerCase(Locale.ROOT);
            String key = "support.policy.import." + s + ".";
            columns.add(ImportColumn.required(p + "Name", key + "name", "Critical", s + " name"));
            columns.add(ImportColumn.required(p + "Response", key + "response", "90", s + " response"));
            columns.add(ImportColumn.optional(p + "ResponseClock", key + "response-clock", "business"));
            columns.add(ImportColumn.required(p + "Resolution", key + "resolution", "480", s + " resolution"));
            columns.add(ImportColumn.optional(p + "ResolutionClock", key + "resolution-clock", "business"));
            columns.add(ImportColumn.optional(p + "Credit", key + "credit", "5", s + " credit"));
        }
        return columns;
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public SlaPolicyDraft read(ImportRow row) {
        String number = row.text("contract");
        Optional<ContractView> contract = number == null ? Optional.empty() : directory.contractNumbered(number);
        if (number != null && contract.isEmpty()) {
            row.error("contract", "support.policy.contract.unknown", number);
        }
        String calendarName = row.text("calendar");
        Optional<WorkCalendar> calendar =
                calendarName == null ? Optional.empty() : calendars.findByNameIgnoreCase(calendarName);
        if (calendarName != null && calendar.isEmpty()) {
            row.error("calendar", "support.calendar.unknown", calendarName);
        }
        Set<TicketStatus> pausing = row.choices("pausing", TicketStatus.class, "support-status");
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            String p = s.name().toLowerCase(Locale.ROOT);
            targets.put(
                    s,
                    new SeverityTarget(
                            row.text(p + "Name"),
                            minutes(row, p + "Response"),
                            minutes(row, p + "Resolution"),
                            aroundTheClock(row, p + "ResponseClock"),
                            aroundTheClock(row, p + "ResolutionClock"),
                            row.decimal(p + "Credit")));
        }
        BigDecimal window = row.decimal("claimWindow");
        String currency = row.text("currency");
        return new SlaPolicyDraft(
                contract.map(ContractView::id).orElse(null),
                row.text("name"),
                calendar.map(WorkCalendar::getId).orElse(null),
                pausing,
                row.decimal("uptimeTarget"),
                row.decimal("monthlyFee"),
                currency != null
                        ? currency.toUpperCase(Locale.ROOT)
                        : contract.map(c -> c.draft().currency()).orElse(null),
                row.text("creditTiers"),
                row.decimal("creditCap"),
                window == null ? 30 : window.intValue(),
                targets,
                null);
    }

    private static int minutes(ImportRow row, String column) {
        BigDecimal value = row.decimal(column);
        if (value != null && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0)) {
            row.error(column, "support.policy.target.invalid", column);
        }
        return value == null ? 0 : value.intValue();
    }

    private static boolean aroundTheClock(ImportRow row, String column) {
        String value = row.text(column);
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT).replace('×', 'x').trim();
        if (Set.of("24x7", "calendar", "round the clock", "24/7", "yes", "true").contains(v)) {
            return true;
        }
        if (!Set.of("business", "business hours", "no", "false").contains(v)) {
            row.error(column, "import.value.not-a-choice", value);
        }
        return false;
    }

    @Override
    public String naturalKey(SlaPolicyDraft draft) {
        return String.valueOf(draft.contractId());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<SlaPolicyDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (SlaPolicyDraft draft : drafts) {
            var existing = policies.findByContractIdAndRetiredOnIsNull(draft.contractId());
            if (existing.isEmpty()) {
                service.create(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else {
                SlaPolicy policy = existing.get();
                SlaPolicyDraft withVersion = new SlaPolicyDraft(
                        draft.contractId(),
                        draft.name(),
                        draft.calendarId(),
                        draft.pausingStatuses(),
                        draft.uptimeTarget(),
                        draft.monthlyFee(),
                        draft.currency(),
                        draft.creditTiers(),
                        draft.creditCapPercent(),
                        draft.claimWindowDays(),
                        draft.targets(),
                        policy.getVersion());
                if (same(policy.toDraft(), withVersion)) {
                    outcome = outcome.plus(new ImportOutcome(0, 0, 1));
                } else {
                    service.update(policy.getId(), withVersion, null);
                    outcome = outcome.plus(new ImportOutcome(0, 1, 0));
                }
            }
        }
        return outcome;
    }

    /** Equal as stored: names trimmed, tiers normalised, decimals by value. */
    private static boolean same(SlaPolicyDraft stored, SlaPolicyDraft d) {
        String tiers = d.creditTiers() == null || d.creditTiers().isBlank()
                ? null
                : CreditTier.format(CreditTier.parse(d.creditTiers()));
        return stored.name().equals(d.name().trim())
                && stored.calendarId().equals(d.calendarId())
                && stored.pausingStatuses().equals(d.pausingStatuses())
                && eq(stored.uptimeTarget(), d.uptimeTarget())
                && eq(stored.monthlyFee(), d.monthlyFee())
                && stored.currency().equals(d.currency())
                && java.util.Objects.equals(stored.creditTiers(), tiers)
                && eq(stored.creditCapPercent(), d.creditCapPercent())
                && stored.claimWindowDays() == d.claimWindowDays()
                && Arrays.stream(Severity.values())
                        .allMatch(s -> same(stored.targets().get(s), d.targets().get(s)));
    }

    private static boolean same(SeverityTarget a, SeverityTarget b) {
        return a.name().equals(b.name().trim())
                && a.responseMinutes() == b.responseMinutes()
                && a.resolutionMinutes() == b.resolutionMinutes()
                && a.responseRoundTheClock() == b.responseRoundTheClock()
                && a.resolutionRoundTheClock() == b.resolutionRoundTheClock()
                && eq(a.breachCreditPercent(), b.breachCreditPercent());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<List<Object>> rows = new ArrayList<>();
        policies.findByRetiredOnIsNull(
                        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("contractId", "id")))
                .forEach(p -> {
                    SlaPolicyDraft d = p.toDraft();
                    List<Object> row = new ArrayList<>(Arrays.asList(
                            directory.contract(d.contractId()).draft().number(),
                            d.name(),
                            p.getCalendar().getName(),
                            EnumSetText.write(d.pausingStatuses()),
                            d.uptimeTarget(),
                            d.monthlyFee(),
                            d.currency(),
                            d.creditTiers(),
                            d.creditCapPercent(),
                            d.claimWindowDays()));
                    for (Severity s : Severity.values()) {
                        SeverityTarget t = d.targets().get(s);
                        row.addAll(Arrays.asList(
                                t.name(),
                                t.responseMinutes(),
                                t.responseRoundTheClock() ? "24x7" : "business",
                                t.resolutionMinutes(),
                                t.resolutionRoundTheClock() ? "24x7" : "business",
                                t.breachCreditPercent()));
                    }
                    rows.add(row);
                });
        return rows;
    }
}
