package io.pxportal.contracts;

import java.time.Instant;

/** A contract's document without its bytes. */
public record ContractDocumentView(
        Long id,
        Long contractId,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
