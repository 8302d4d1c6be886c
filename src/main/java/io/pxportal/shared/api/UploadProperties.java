package io.pxportal.shared.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The sizes {@link UploadLimit} reads (docs/deployment.md, <em>The upload limit</em>): {@code px.import.max-file-size}
 * and {@code px.api.max-json-size}.
 *
 * @param imports the import's file limit, which is the server's one upload limit
 * @param api     the REST API's limit of raw request bodies
 */
@ConfigurationProperties("px")
record UploadProperties(
        @Name("import") @DefaultValue Imports imports,
        @DefaultValue Api api) {

    /** @param maxFileSize the largest upload (import file, contract document, raw API body) the server accepts */
    record Imports(@DefaultValue("50MB") DataSize maxFileSize) {

        Imports {
            positive("px.import.max-file-size", maxFileSize);
        }
    }

    /** @param maxJsonSize the largest raw (JSON) API request body; the file limit if that is smaller */
    record Api(@DefaultValue("10MB") DataSize maxJsonSize) {

        Api {
            positive("px.api.max-json-size", maxJsonSize);
        }
    }

    private static void positive(String property, DataSize size) {
        if (size.toBytes() <= 0) {
            throw new IllegalArgumentException(property + " must be positive: " + size);
        }
    }
}
