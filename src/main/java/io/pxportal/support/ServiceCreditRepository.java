package io.pxportal.support;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceCreditRepository extends JpaRepository<ServiceCredit, Long> {

    Optional<ServiceCredit> findByPolicyIdAndMonth(Long policyId, LocalDate month);

    List<ServiceCredit> findByPolicyIdIn(Collection<Long> policyIds);
}
