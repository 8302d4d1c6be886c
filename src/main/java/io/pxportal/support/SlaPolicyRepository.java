package io.pxportal.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

    /** The policy in force for a contract, if any (a contract has at most one). */
    Optional<SlaPolicy> findByContractIdAndRetiredOnIsNull(Long contractId);

    /** The policies in force for these contracts. */
    List<SlaPolicy> findByContractIdInAndRetiredOnIsNull(Collection<Long> contractIds);

    /** The policies in force, a page at a time (what the export writes). */
    List<SlaPolicy> findByRetiredOnIsNull(org.springframework.data.domain.Pageable pageable);

    List<SlaPolicy> findByCalendarId(Long calendarId);

    long countByCalendarId(Long calendarId);

    /** How many of these contracts have a policy in force. */
    @org.springframework.data.jpa.repository.Query("select count(distinct p.contractId) from SlaPolicy p "
            + "where p.retiredOn is null and p.contractId in :contractIds")
    long countContractsInForce(Collection<Long> contractIds);
}
