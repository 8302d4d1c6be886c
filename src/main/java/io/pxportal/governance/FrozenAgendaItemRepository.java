package io.pxportal.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenAgendaItemRepository extends JpaRepository<FrozenAgendaItem, Long> {

    List<FrozenAgendaItem> findByReviewIdOrderByPosition(Long reviewId);

    List<FrozenAgendaItem> findByReviewIdIn(java.util.Collection<Long> reviewIds);
}
