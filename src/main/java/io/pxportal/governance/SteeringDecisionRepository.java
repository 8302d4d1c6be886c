package io.pxportal.governance;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SteeringDecisionRepository extends JpaRepository<SteeringDecision, Long> {

    List<SteeringDecision> findByReviewIdOrderById(Long reviewId);

    List<SteeringDecision> findByDecidedOnLessThanEqual(java.time.LocalDate day);

    @Query("select d from SteeringDecision d where (:outcome is null or d.outcome = :outcome) and "
            + "(:text is null or lower(d.title) like :text or lower(d.rationale) like :text) "
            + "order by d.decidedOn desc, d.id desc")
    List<SteeringDecision> log(String text, DecisionOutcome outcome, Pageable pageable);

    @Query("select count(d) from SteeringDecision d where (:outcome is null or d.outcome = :outcome) and "
            + "(:text is null or lower(d.title) like :text or lower(d.rationale) like :text)")
    long countLog(String text, DecisionOutcome outcome);
}
