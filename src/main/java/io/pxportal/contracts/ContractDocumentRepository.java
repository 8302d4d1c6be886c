package io.pxportal.contracts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, Long> {

    List<ContractDocument> findByContractIdOrderByUploadedAtDesc(Long contractId);
}
