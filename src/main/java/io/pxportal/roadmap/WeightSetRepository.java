package io.pxportal.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WeightSetRepository extends JpaRepository<WeightSet, Long> {

    /** The set in force for a quarter: the newest written among those effective no later than it. */
    default Optional<WeightSet> inForce(Quarter quarter) {
        return findInForce(quarter.toString()).stream().findFirst();
    }

    @Query(
            value = "select * from roadmap_weight_set where effective_quarter <= ?1 "
                    + "order by effective_quarter desc, id desc fetch first 1 rows only",
            nativeQuery = true)
    List<WeightSet> findInForce(String quarter);

    List<WeightSet> findAllByOrderByEffectiveQuarterDescIdDesc();

    /** The set written last, whatever quarter it is in force from. */
    Optional<WeightSet> findTopByOrderByRevisionDesc();
}
