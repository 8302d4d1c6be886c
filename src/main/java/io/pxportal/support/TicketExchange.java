package io.pxportal.support;

import io.pxportal.exchange.BulkUpsert;
import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vendor tickets as CSV/XLSX rows — a vendor portal's, ServiceNow's or Jira's export ("Number", "Priority",
 * "Opened", "State", …) — known by platform and case id. Re-importing a newer export appends the status changes it
 * shows; the same export twice changes nothing. Times without an offset are local to the platform's policy.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(50)
class TicketExchange implements RecordExchange<TicketDraft> {

    private final TicketService tickets;
    private final VendorTicketRepository repository;
    private final SupportDirectory directory;
    private final TicketBulkImport bulk;
    private final TransactionTemplate apart;

    TicketExchange(
            TicketService tickets,
            VendorTicketRepository repository,
            SupportDirectory directory,
            TicketBulkImport bulk,
            PlatformTransactionManager transactions) {
        this.tickets = tickets;
        this.repository = repository;
        this.directory = directory;
        this.bulk = bulk;
        // The reader's look-ups run in a read-only transaction of their own, on another connection: a bulk import
        // keeps its own connection busy streaming rows (PostgreSQL COPY) while rows are still being read.
        this.apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.setReadOnly(true);
    }

    @Override
    public String type() {
        return "tickets";
    }

    @Override
    public String labelKey() {
        return "support.tickets";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(
                        "platform",
                        "support.ticket.platform",
                        "Exstream Statements",
                        "Product",
                        "Service",
                        "Configuration item",
                        "CI",
                        "Component"),
                ImportColumn.required(
                        "caseId",
                        "support.ticket.case",
                        "CS0012345",
                        "Number",
                        "Case",
                        "Case number",
                        "Case ID",
                        "Ticket",
                        "Incident",
                        "Key",
                        "Issue key",
                        "ID"),
                ImportColumn.required("severity", "support.ticket.severity", "P2", "Priority", "Sev", "Impact"),
                ImportColumn.optional(
                        "category", "support.ticket.category", "Defect", "Type", "Issue Type", "Case type"),
                ImportColumn.required(
                        "title",
                        "support.ticket.title",
                        "Batch run fails on large statements",
                        "Short description",
                        "Summary",
                        "Subject",
                        "Description"),
                ImportColumn.required(
                        "opened",
                        "support.ticket.opened",
                        "2026-03-05 10:15",
                        "Opened",
                        "Created",
                        "Opened at",
                        "Created at",
                        "Date opened"),
                ImportColumn.optional("status", "support.ticket.status", "In progress", "State", "Case status"),
                ImportColumn.optional(
                        "statusSince",
                        "support.ticket.status-since",
                        "2026-03-05 11:00",
                        "Updated",
                        "Last updated",
                        "Status changed",
                        "Sys updated on"),
                ImportColumn.optional(
                        "responded",
                        "support.ticket.responded",
                        "2026-03-05 11:00",
                        "First response",
                        "Responded",
                        "Responded at",
                        "First responded"),
                ImportColumn.optional(
                        "resolved",
                        "support.ticket.resolved",
                        "2026-03-06 16:30",
                        "Resolved at",
                        "Resolution date",
                        "Resolved on"),
                ImportColumn.optional("closed", "support.ticket.closed", "", "Closed at", "Closed on"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public TicketDraft read(ImportRow row) {
        return new PassReader().apply(row);
    }

    /** One pass over a file reads each platform, its policy's zone and the edit right once, not once per row. */
    @Override
    public Optional<Function<ImportRow, TicketDraft>> reader() {
        return Optional.of(new PassReader());
    }

    /** Tickets come by the hundred thousand from a vendor's portal: written set-based ({@link TicketBulkImport}). */
    @Override
    public Optional<BulkUpsert<TicketDraft>> bulk() {
        return Optional.of(bulk);
    }

    /** Reads rows as {@link #read} describes, remembering what it looked up for the rest of the pass. */
    private final class PassReader implements Function<ImportRow, TicketDraft> {

        private Map<String, PlatformDetails> byName;
        private final Map<Long, Boolean> editable = new HashMap<>();
        private final Map<Long, ZoneId> zones = new HashMap<>();

        @Override
        public TicketDraft apply(ImportRow row) {
            PlatformDetails platform = platform(row);
            ZoneId zone = platform == null
                    ? ZoneOffset.UTC
                    : zones.computeIfAbsent(
                            platform.id(),
                            id -> apart.execute(s ->
                                    directory.policyFor(id).map(SlaPolicy::zone).orElse(ZoneOffset.UTC)));
            Severity severity = parse(row, "severity", TicketTexts::severity, "support.import.not-a-severity");
            // A vendor's word, or the status as the portal labels it in any UI language ("У роботі").
            TicketStatus status = parse(
                    row,
                    "status",
                    text -> TicketTexts.status(text)
                            .or(() -> row.labelled("status", TicketStatus.class, "support-status")),
                    "support.import.not-a-status");
            TicketCategory category = category(row);
            return new TicketDraft(
                    platform == null ? null : platform.id(),
                    row.text("caseId"),
                    severity,
                    category,
                    row.text("title"),
                    time(row, "opened", zone),
                    status,
                    time(row, "statusSince", zone),
                    time(row, "responded", zone),
                    time(row, "resolved", zone),
                    time(row, "closed", zone),
                    null);
        }

        private PlatformDetails platform(ImportRow row) {
            String name = row.text("platform");
            if (name == null) {
                return null;
            }
            if (byName == null) {
                byName = new HashMap<>();
                apart.execute(s -> directory.platforms())
                        .values()
                        .forEach(p -> byName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p));
            }
            PlatformDetails platform = byName.get(name.trim().toLowerCase(Locale.ROOT));
            if (platform == null) {
                row.error("platform", "import.value.unknown-platform", name);
                return null;
            }
            if (!editable.computeIfAbsent(platform.id(), id -> apart.execute(s -> directory.canEdit(id)))) {
                row.error("platform", "import.value.not-your-platform", name);
                return null;
            }
            return platform;
        }
    }

    private static TicketCategory category(ImportRow row) {
        String text = row.text("category");
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("enhanc") || lower.contains("feature") || lower.contains("improvement")) {
            return TicketCategory.ENHANCEMENT;
        }
        if (lower.contains("question") || lower.contains("request") || lower.contains("how")) {
            return TicketCategory.QUESTION;
        }
        return row.choice("category", TicketCategory.class, "support-category");
    }

    private static <T> T parse(ImportRow row, String column, Function<String, Optional<T>> parser, String errorKey) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        return parser.apply(text).orElseGet(() -> {
            row.error(column, errorKey, text);
            return null;
        });
    }

    private static Instant time(ImportRow row, String column, ZoneId zone) {
        return parse(row, column, text -> TicketTexts.instant(text, zone), "support.import.not-a-time");
    }

    @Override
    public String naturalKey(TicketDraft draft) {
        return draft.platformId() + "|" + draft.caseId().trim().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<TicketDraft> drafts) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (TicketDraft draft : drafts) {
            switch (tickets.record(draft).change()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportOutcome(created, updated, unchanged);
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        PageRequest page =
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("platformId", "caseId", "id"));
        List<TicketView> views = tickets.views(repository.findAllBy(page).getContent());
        List<List<Object>> rows = new ArrayList<>();
        for (TicketView t : views) {
            Map<TicketStatus, Instant> firsts = new java.util.EnumMap<>(TicketStatus.class);
            t.history().forEach(c -> firsts.putIfAbsent(c.status(), c.at()));
            Instant responded = t.history().stream()
                    .filter(c -> c.status() != TicketStatus.OPEN)
                    .map(StatusChange::at)
                    .findFirst()
                    .orElse(null);
            Instant since = t.history().isEmpty() ? null : t.history().getLast().at();
            // The history's own resolution, not the clock's stop: a ticket closed without one would otherwise export
            // its closing as a resolution, which the import then appends.
            Instant resolved = t.history().stream()
                    .filter(c -> c.status() == TicketStatus.RESOLVED)
                    .map(StatusChange::at)
                    .reduce((first, last) -> last)
                    .orElse(null);
            rows.add(new ArrayList<>(Arrays.asList(
                    t.platform(),
                    t.caseId(),
                    t.severity().name(),
                    t.category().name(),
                    t.title(),
                    t.openedAt().toString(),
                    t.status().name(),
                    since == null ? null : since.toString(),
                    responded == null ? null : responded.toString(),
                    resolved == null ? null : resolved.toString(),
                    firsts.containsKey(TicketStatus.CLOSED)
                            ? firsts.get(TicketStatus.CLOSED).toString()
                            : null)));
        }
        return rows;
    }
}
