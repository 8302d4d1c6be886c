package io.pxportal.contracts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code px.contracts.*} (docs/deployment.md).
 *
 * @param maxDocumentSize the largest contract document accepted; keep it at or below {@code px.import.max-file-size},
 *                        the server's upload limit
 */
@ConfigurationProperties("px.contracts")
record ContractsProperties(@DefaultValue("20MB") DataSize maxDocumentSize) {

    ContractsProperties {
        if (maxDocumentSize.toBytes() <= 0) {
            throw new IllegalArgumentException("px.contracts.max-document-size must be positive: " + maxDocumentSize);
        }
    }
}
