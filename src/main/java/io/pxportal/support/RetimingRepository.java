package io.pxportal.support;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetimingRepository extends JpaRepository<Retiming, Long> {

    List<Retiming> findBySubjectAndSubjectIdOrderByIdDesc(Retiming.Subject subject, Long subjectId);
}
