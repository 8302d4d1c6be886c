package io.pxportal.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long>, JpaSpecificationExecutor<ApiToken> {

    @EntityGraph(attributePaths = "owner")
    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findByIdAndOwnerUsername(Long id, String username);

    /**
     * Records a use unless the last one recorded is more recent than {@code cutoff}. A bulk update on purpose: no version bump
     * (a use must not make a concurrent revoke fail), no audit revision, and the condition keeps it to one write
     * a minute even with several nodes.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
            + "and (t.lastUsedAt is null or t.lastUsedAt <= :cutoff)")
    int recordUse(Long id, Instant now, Instant cutoff);
}
