package io.pxportal.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SteeringReviewRepository extends JpaRepository<SteeringReview, Long> {

    @Query("select r from SteeringReview r order by r.heldOn desc, r.id desc")
    List<SteeringReview> newestFirst(Pageable pageable);

    @Query("select r from SteeringReview r where lower(r.title) like lower(concat('%', :text, '%'))"
            + " order by r.heldOn desc, r.id desc")
    List<SteeringReview> titled(String text, Pageable pageable);

    /** The first review after {@code heldOn} (the next one decides what this one does not). */
    Optional<SteeringReview> findFirstByHeldOnAfterOrderByHeldOnAsc(LocalDate heldOn);

    /** The reviews held up to {@code day}: what a quarter's decision lead times can have come from. */
    List<SteeringReview> findByHeldOnLessThanEqual(LocalDate day);

    boolean existsByClosedAtIsNotNull();
}
