package io.pxportal.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    Optional<SlaPolicy> findByContractId(Long contractId);

    List<SlaPolicy> findByContractIdIn(Collection<Long> contractIds);
}
