package io.pxportal.governance;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SteeringActionRepository extends JpaRepository<SteeringAction, Long> {

    List<SteeringAction> findByReviewIdOrderByDueOnAscIdAsc(Long reviewId);

    List<SteeringAction> findByDueOnBetween(java.time.LocalDate from, java.time.LocalDate to);

    @Query(
            "select a from SteeringAction a where a.owner = :owner and (:withClosed = true or a.status = io.pxportal.governance.ActionStatus.OPEN) "
                    + "order by case when a.status = io.pxportal.governance.ActionStatus.OPEN then 0 else 1 end, a.dueOn, a.id")
    List<SteeringAction> ownedBy(String owner, boolean withClosed, Pageable pageable);

    @Query(
            "select count(a) from SteeringAction a where a.owner = :owner and (:withClosed = true or a.status = io.pxportal.governance.ActionStatus.OPEN)")
    long countOwnedBy(String owner, boolean withClosed);

    @Query(
            "select a from SteeringAction a where a.status = io.pxportal.governance.ActionStatus.OPEN and a.dueOn < :today")
    List<SteeringAction> overdue(java.time.LocalDate today);
}
