package io.pxportal.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Optional<ImportJob> findFirstByUsernameAndOriginOrderByIdDesc(String username, ImportOrigin origin);

    /** The heartbeat of the imports a node runs: only their time, so it never undoes a step they just took. */
    @Modifying
    @Query("update ImportJob j set j.updatedAt = :now where j.id in :ids"
            + " and j.status in (io.pxportal.exchange.ImportStatus.VALIDATING, io.pxportal.exchange.ImportStatus.COMMITTING)")
    int touchRunning(Collection<Long> ids, Instant now);
}
