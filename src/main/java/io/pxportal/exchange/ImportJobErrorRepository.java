package io.pxportal.exchange;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobErrorRepository extends JpaRepository<ImportJobError, ImportJobError.Key> {

    List<ImportJobError> findByKeyJobIdAndWarningOrderByKeyPosition(Long jobId, boolean warning, Pageable pageable);

    long countByKeyJobId(Long jobId);

    @Modifying
    @Query("delete from ImportJobError e where e.key.jobId = :jobId")
    void deleteByJobId(Long jobId);
}
