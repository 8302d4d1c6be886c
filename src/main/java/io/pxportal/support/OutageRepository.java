package io.pxportal.support;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutageRepository extends JpaRepository<Outage, Long> {

    Optional<Outage> findByPlatformIdAndStartedAt(Long platformId, Instant startedAt);

    Page<Outage> findAllBy(Pageable pageable);

    Page<Outage> findByPlatformIdIn(Collection<Long> platformIds, Pageable pageable);

    long countByPlatformIdIn(Collection<Long> platformIds);

    /** Unplanned and planned outages that overlap [from, to). */
    @Query("select o from Outage o where o.platformId in :platformIds and o.startedAt < :to "
            + "and (o.endedAt is null or o.endedAt > :from)")
    List<Outage> findOverlapping(Collection<Long> platformIds, Instant from, Instant to);
}
