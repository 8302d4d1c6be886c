package io.pxportal.roadmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    Optional<Rating> findByItemIdAndObjectiveId(Long itemId, Long objectiveId);

    List<Rating> findByItemIdIn(Collection<Long> itemIds);

    boolean existsByObjectiveId(Long objectiveId);

    void deleteByItemId(Long itemId);
}
