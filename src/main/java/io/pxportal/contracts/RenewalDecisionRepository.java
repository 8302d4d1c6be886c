package io.pxportal.contracts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalDecisionRepository extends JpaRepository<RenewalDecision, Long> {

    Optional<RenewalDecision> findByContractIdAndTermEnd(Long contractId, LocalDate termEnd);

    List<RenewalDecision> findByContractIdIn(Collection<Long> contractIds);
}
