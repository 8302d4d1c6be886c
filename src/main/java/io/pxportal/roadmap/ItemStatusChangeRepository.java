package io.pxportal.roadmap;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemStatusChangeRepository extends JpaRepository<ItemStatusChange, Long> {

    List<ItemStatusChange> findByItemIdOrderByChangedOnAscIdAsc(Long itemId);

    void deleteByItemId(Long itemId);
}
