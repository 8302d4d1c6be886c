package io.pxportal.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Optional<ImportJob> findFirstByUsernameAndOriginOrderByIdDesc(String username, ImportOrigin origin);

    String RUNNING = "j.status in (io.pxportal.exchange.ImportStatus.VALIDATING,"
            + " io.pxportal.exchange.ImportStatus.COMMITTING)";

    /** The heartbeat of the imports a node runs: only their heartbeat, so it never undoes a step they just took. */
    @Modifying
    @Query("update ImportJob j set j.heartbeatAt = :now where j.id in :ids and " + RUNNING)
    int touchRunning(Collection<Long> ids, Instant now);

    /** Progress of a running import: only its rows and time, so it never undoes a cancel request or a failure. */
    @Modifying
    @Query("update ImportJob j set j.processedRows = :rows, j.updatedAt = :now where j.id = :id and " + RUNNING)
    int progress(long id, long rows, Instant now);

    /** Asks the node running the import to stop it; false when it is not running any more. */
    @Modifying
    @Query("update ImportJob j set j.cancelRequestedBy = :by where j.id = :id and " + RUNNING)
    int requestCancel(long id, String by);

    @Query("select j from ImportJob j where " + RUNNING)
    List<ImportJob> running();

    /** The user's running wizard imports other than the given one. */
    @Query("select j from ImportJob j where j.username = :username and j.id <> :id"
            + " and j.origin = io.pxportal.exchange.ImportOrigin.WIZARD and " + RUNNING)
    List<ImportJob> othersRunning(String username, long id);
}
