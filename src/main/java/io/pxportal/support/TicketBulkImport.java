package io.pxportal.support;

import io.pxportal.exchange.BulkConnections;
import io.pxportal.exchange.BulkUpsert;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.RepeatedRows;
import io.pxportal.exchange.RowError;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The set-based write path of ticket imports. Valid rows stream into a temporary staging table as the file is read
 * (PostgreSQL: COPY; H2: JDBC batches). At the end, in the same transaction: keys repeated in the file are
 * refused, the right to write is checked once for the set of platforms, the staged rows are matched to stored
 * tickets by platform and case id (one set statement), and then — chunk by chunk, so that no more than a chunk is
 * ever in memory — each row goes through the very rule {@code TicketService.record} applies
 * ({@link VendorTicket#take}) on a ticket rebuilt from its stored history, and the SLA engine times it under its
 * policy ({@link TicketClocks#of}). What that produced (new and changed tickets with their outcomes, appended
 * status changes) is staged again and written with a few set statements, with one Envers audit row per created or
 * changed ticket in one revision naming the user. Identical rows change nothing; re-importing a file writes no
 * revision; any error rolls everything back.
 */
@Component
class TicketBulkImport implements BulkUpsert<TicketDraft> {

    private static final Logger log = LoggerFactory.getLogger(TicketBulkImport.class);
    /** Staged rows re-timed at a time: what is held in memory while writing. */
    static final int CHUNK = 10_000;

    private final DataSource dataSource;
    private final SupportDirectory directory;
    private final SlaPolicyRepository policies;
    private final Clock clock;

    TicketBulkImport(DataSource dataSource, SupportDirectory directory, SlaPolicyRepository policies, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public Staging<TicketDraft> stage() {
        return new Session(BulkConnections.stage(dataSource, TicketStaging::new, TicketStaging::close));
    }

    static DataAccessResourceFailureException failure(SQLException e) {
        return BulkConnections.failure(e);
    }

    /** One import's rows: staged as they come, checked, re-timed and written at the end. */
    private final class Session implements Staging<TicketDraft> {

        private final TicketStaging staging;
        private long staged;

        Session(TicketStaging staging) {
            this.staging = staging;
        }

        @Override
        public void add(long row, TicketDraft draft) {
            staged++;
            staging.add(row, draft);
        }

        @Override
        public List<RowError> check(int limit) {
            return staging.staged().repeatedKeys(limit);
        }

        @Override
        public RepeatedRows repeated() {
            return staging.staged().repeatedRows();
        }

        @Override
        public ImportOutcome write() {
            try {
                List<RowError> repeated = staging.staged().repeatedKeys(MAX_ERRORS);
                if (!repeated.isEmpty()) {
                    throw new ImportRejectedException(repeated);
                }
                staged -= staging.staged().dropRepeated();
                long started = System.nanoTime();
                Set<Long> platformIds = staging.platformIds();
                if (!platformIds.stream().allMatch(directory::canEdit)) {
                    throw new AccessDeniedException("ticket import for platforms " + platformIds);
                }
                staging.matchStored();
                long matched = System.nanoTime();
                Timings timings = new Timings(platformIds);
                Instant now = clock.instant();
                long[] counts = new long[2];
                long last = staging.lastRow();
                for (long from = 0; from <= last; from += CHUNK) {
                    List<RetimedTicket> results = new ArrayList<>();
                    for (StagedTicket row : staging.chunk(from, from + CHUNK)) {
                        RetimedTicket result = retime(row, timings, now);
                        if (result != null) {
                            results.add(result);
                        }
                    }
                    staging.addResults(results);
                    results.forEach(r -> {
                        switch (r.write()) {
                            case CREATE -> counts[0]++;
                            case UPDATE -> counts[1]++;
                            case OUTCOMES -> {}
                        }
                    });
                }
                long retimed = System.nanoTime();
                ImportOutcome outcome = BulkConnections.writeInRevision(staging.connection(), now, staged, revision -> {
                    staging.merge(revision);
                    return new BulkConnections.Written(counts[0], counts[1]);
                });
                log.debug(
                        "ticket import of {} rows: checks and matching {} ms, re-timing {} ms, writing {} ms",
                        staged,
                        (matched - started) / 1_000_000,
                        (retimed - matched) / 1_000_000,
                        (System.nanoTime() - retimed) / 1_000_000);
                return outcome;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        /** What recording the row does to its ticket (null: nothing at all), with the clocks re-timed. */
        private RetimedTicket retime(StagedTicket row, Timings timings, Instant now) {
            TicketDraft draft = row.draft();
            boolean created = row.ticketId() == null;
            VendorTicket ticket;
            SlaPolicy policy;
            if (created) {
                policy = timings.policyFor(draft.platformId());
                ticket = new VendorTicket(
                        draft.platformId(),
                        policy == null ? null : policy.getId(),
                        draft.caseId(),
                        draft.openedAt(),
                        policy == null ? ZoneOffset.UTC : policy.zone());
            } else {
                policy = timings.policy(row.policyId());
                ticket = new VendorTicket(
                        draft.platformId(),
                        row.policyId(),
                        row.caseId(),
                        row.openedAt(),
                        policy == null ? ZoneOffset.UTC : policy.zone());
                ticket.describe(row.severity(), row.category(), row.title());
                row.history().forEach(c -> ticket.moveTo(c.status(), c.at()));
            }
            TicketRecorded.Change change = ticket.take(draft, created, now);
            if (policy == null) {
                ticket.clocked(null, null);
            } else {
                TicketClocks.Pair pair = timings.clocks(policy, ticket, now);
                ticket.clocked(pair.response(), pair.resolution());
            }
            RetimedTicket.Write write = switch (change) {
                case CREATED -> RetimedTicket.Write.CREATE;
                case UPDATED -> RetimedTicket.Write.UPDATE;
                case UNCHANGED -> row.sameOutcomes(ticket) ? null : RetimedTicket.Write.OUTCOMES;
            };
            if (write == null) {
                return null;
            }
            return new RetimedTicket(
                    row.rowNo(),
                    row.ticketId(),
                    write,
                    ticket,
                    ticket.changesFrom(created ? 0 : row.history().size()));
        }
    }

    /** Policies of the import's platforms and tickets, and their calendars per severity, looked up once. */
    private final class Timings {

        private final Map<Long, Optional<SlaPolicy>> byPlatform = new HashMap<>();
        private final Map<Long, SlaPolicy> byId = new HashMap<>();
        private final Map<String, Timing> bySeverity = new HashMap<>();

        Timings(Set<Long> platformIds) {
            platformIds.forEach(id -> byPlatform.put(id, directory.policyFor(id)));
        }

        SlaPolicy policyFor(Long platformId) {
            return byPlatform.computeIfAbsent(platformId, directory::policyFor).orElse(null);
        }

        SlaPolicy policy(Long id) {
            return id == null
                    ? null
                    : byId.computeIfAbsent(id, k -> policies.findById(k).orElse(null));
        }

        TicketClocks.Pair clocks(SlaPolicy policy, VendorTicket ticket, Instant now) {
            Severity severity = ticket.getSeverity();
            Timing t = bySeverity.computeIfAbsent(
                    policy.getId() + "/" + severity,
                    k -> new Timing(
                            policy.target(severity), policy.calendar(), Set.copyOf(policy.getPausingStatuses())));
            return TicketClocks.of(t.target(), t.calendar(), t.pausing(), ticket.getOpenedAt(), ticket.history(), now);
        }
    }

    /** What a policy times a severity's tickets by. */
    private record Timing(SeverityTarget target, BusinessCalendar calendar, Set<TicketStatus> pausing) {}
}
