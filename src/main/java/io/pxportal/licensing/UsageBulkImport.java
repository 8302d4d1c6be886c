package io.pxportal.licensing;

import io.pxportal.exchange.BulkConnections;
import io.pxportal.exchange.BulkUpsert;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.RepeatedRows;
import io.pxportal.exchange.RowError;
import io.pxportal.portfolio.PlatformService;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The set-based write path of usage imports (the million-row benchmark in docs/benchmarks.md): valid rows are streamed into a
 * temporary staging table in the import's transaction — with PostgreSQL's COPY, elsewhere (H2) with JDBC batches —
 * and merged into {@code usage_measurement} by natural key (entitlement, environment, day) in one statement per
 * step. Rows that change get an Envers audit row in one revision that names the importing user; identical rows are
 * left alone; re-importing a file changes nothing, not even a revision. Who may write is checked once for the set
 * of platforms the rows belong to: an admin, or an owner of every one of them.
 */
@Component
class UsageBulkImport implements BulkUpsert<MeasurementDraft> {

    private final DataSource dataSource;
    private final EntitlementRepository entitlements;
    private final PlatformService platforms;
    private final Clock clock;

    UsageBulkImport(DataSource dataSource, EntitlementRepository entitlements, PlatformService platforms, Clock clock) {
        this.dataSource = dataSource;
        this.entitlements = entitlements;
        this.platforms = platforms;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public Staging<MeasurementDraft> stage() {
        return new Session(BulkConnections.stage(dataSource, UsageStaging::new, UsageStaging::close));
    }

    static DataAccessResourceFailureException failure(SQLException e) {
        return BulkConnections.failure(e);
    }

    /** One import's rows: staged as they come, checked and written at the end. */
    private final class Session implements Staging<MeasurementDraft> {

        private final UsageStaging staging;
        private final Set<Long> entitlementIds = new HashSet<>();
        private long staged;

        Session(UsageStaging staging) {
            this.staging = staging;
        }

        @Override
        public void add(long row, MeasurementDraft draft) {
            entitlementIds.add(draft.entitlementId());
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
                requireEditable();
                long unique = staged - staging.staged().dropRepeated();
                return BulkConnections.writeInRevision(staging.connection(), clock.instant(), unique, staging::merge);
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        /** The rows were checked one by one as they were read; this is the same rule once for the whole set. */
        private void requireEditable() {
            Set<Long> platformIds = new HashSet<>();
            entitlements.findAllById(entitlementIds).forEach(e -> platformIds.add(e.getPlatformId()));
            if (!platformIds.stream().allMatch(id -> platforms.canEditAny(Set.of(id)))) {
                throw new AccessDeniedException("usage import for platforms " + platformIds);
            }
        }
    }
}
