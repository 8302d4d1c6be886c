package io.pxportal.support;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkCalendarRepository extends JpaRepository<WorkCalendar, Long> {

    Optional<WorkCalendar> findByNameIgnoreCase(String name);
}
