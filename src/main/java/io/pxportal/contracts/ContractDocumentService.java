package io.pxportal.contracts;

import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * A contract's documents (signed contract, order forms, amendments): everyone logged in reads them; whoever may
 * change the contract adds and removes them. Kept in the database, so backups and nodes need nothing more.
 */
@Service
@Transactional(readOnly = true)
public class ContractDocumentService {

    private final ContractDocumentRepository documents;
    private final ContractRepository contracts;
    private final Clock clock;
    private final DataSize maxSize;

    ContractDocumentService(
            ContractDocumentRepository documents,
            ContractRepository contracts,
            Clock clock,
            ContractsProperties properties) {
        this.documents = documents;
        this.contracts = contracts;
        this.clock = clock;
        this.maxSize = properties.maxDocumentSize();
    }

    @PreAuthorize("isAuthenticated()")
    public List<ContractDocumentView> list(Long contractId) {
        return documents.findByContractIdOrderByUploadedAtDesc(contractId).stream()
                .map(ContractDocument::toView)
                .toList();
    }

    /** The largest document accepted, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxSize() {
        return maxSize.toBytes();
    }

    /** Stores a document; refuses one over the size limit before keeping anything. */
    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#contractId)")
    public ContractDocumentView upload(Long contractId, String fileName, String contentType, InputStream content) {
        if (!contracts.existsById(contractId)) {
            throw new NotFoundException("contract", contractId);
        }
        byte[] bytes = readAtMost(content, maxSize.toBytes());
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.trim();
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        return documents
                .saveAndFlush(new ContractDocument(
                        contractId,
                        name.substring(0, Math.min(name.length(), 255)),
                        type,
                        bytes,
                        CurrentUser.username().orElseThrow(),
                        clock.instant()))
                .toView();
    }

    /** Writes a document's bytes. */
    @PreAuthorize("isAuthenticated()")
    public void download(Long documentId, OutputStream out) {
        try {
            out.write(find(documentId).getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @PreAuthorize("@contractAccess.canEdit(#contractId)")
    public void delete(Long contractId, Long documentId) {
        ContractDocument document = find(documentId);
        if (!document.getContractId().equals(contractId)) {
            throw new NotFoundException("document", documentId);
        }
        documents.delete(document);
        documents.flush();
    }

    private ContractDocument find(Long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    private static byte[] readAtMost(InputStream content, long limit) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new DomainException("document.too-large", limit / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
