package io.pxportal.governance;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AlertRepository extends JpaRepository<Alert, Long> {

    /** The recipient's open alerts; about one platform only when {@code platformId} is not null. */
    @Query("select a from Alert a where a.recipient = :recipient and a.resolvedAt is null "
            + "and (:withAcknowledged = true or a.acknowledgedAt is null) "
            + "and (:platformId is null or :platformId member of a.platformIds) order by a.dueDate, a.id")
    List<Alert> inbox(String recipient, boolean withAcknowledged, Long platformId, Pageable pageable);

    @Query("select count(a) from Alert a where a.recipient = :recipient and a.resolvedAt is null "
            + "and (:withAcknowledged = true or a.acknowledgedAt is null) "
            + "and (:platformId is null or :platformId member of a.platformIds)")
    long countInbox(String recipient, boolean withAcknowledged, Long platformId);

    @Query("select a from Alert a where a.subjectType = :subjectType and a.resolvedAt is null")
    List<Alert> open(String subjectType);

    @Query("select a from Alert a where a.resolvedAt is null and a.acknowledgedAt is null "
            + "order by a.recipient, a.dueDate")
    List<Alert> unacknowledged();

    /** Per platform: the recipient's open, unacknowledged alerts about it — platform id, count, earliest due day. */
    @Query("select p, count(a), min(a.dueDate) from Alert a join a.platformIds p where a.recipient = :recipient "
            + "and a.resolvedAt is null and a.acknowledgedAt is null and p in :platformIds group by p")
    List<Object[]> openByPlatform(String recipient, java.util.Collection<Long> platformIds);

    @Query("select a from Alert a where a.subjectType = :subjectType and a.subjectId = :subjectId")
    List<Alert> about(String subjectType, Long subjectId);
}
