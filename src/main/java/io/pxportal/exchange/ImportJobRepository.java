package io.pxportal.exchange;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

    Optional<ImportJob> findFirstByUsernameOrderByIdDesc(String username);
}
