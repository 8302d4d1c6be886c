package io.pxportal.roadmap;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    Optional<Objective> findByCodeIgnoreCase(String code);
}
