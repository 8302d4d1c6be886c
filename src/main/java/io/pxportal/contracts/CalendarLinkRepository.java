package io.pxportal.contracts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarLinkRepository extends JpaRepository<CalendarLink, Long> {

    Optional<CalendarLink> findByUsername(String username);

    Optional<CalendarLink> findBySecretHash(String secretHash);

    /** Records a read unless the last one recorded is more recent than {@code cutoff} (one write a minute at most). */
    @Modifying
    @Query("update CalendarLink l set l.lastUsedAt = :now where l.id = :id "
            + "and (l.lastUsedAt is null or l.lastUsedAt <= :cutoff)")
    int recordUse(Long id, Instant now, Instant cutoff);
}
