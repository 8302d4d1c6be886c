package io.pxportal.contracts;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A file belonging to a contract. Its upload and removal are audited; its bytes are not copied into the history. */
@Entity
@Table(name = "contract_document")
@Audited
class ContractDocument implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ContractDocument() {}

    ContractDocument(
            Long contractId,
            String fileName,
            String contentType,
            byte[] content,
            String uploadedBy,
            Instant uploadedAt) {
        this.contractId = contractId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    ContractDocumentView toView() {
        return new ContractDocumentView(id, contractId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot("document.file-name", fileName, "document.size", sizeBytes);
    }

    Long getContractId() {
        return contractId;
    }

    String getFileName() {
        return fileName;
    }

    byte[] getContent() {
        return content.clone();
    }
}
