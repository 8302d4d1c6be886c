package io.pxportal.shared.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one size limit of every upload, {@code px.import.max-file-size} (default 50 MB): a file in a multipart
 * request (API and the UI's uploads), a raw request body of the API, and what Tomcat reads or swallows of a
 * request it refuses. {@link UploadLimitConfiguration} applies it to the server; the import checks it again
 * while it stores a file.
 */
@Component
public class UploadLimit {

    /** Room in a multipart request for its boundaries, part headers and small form fields beside the file. */
    public static final long MULTIPART_ENVELOPE_BYTES = 64 * 1024;

    private final DataSize maxFileSize;
    private final DataSize maxJsonSize;

    @org.springframework.beans.factory.annotation.Autowired
    UploadLimit(UploadProperties properties) {
        this(properties.imports().maxFileSize(), properties.api().maxJsonSize());
    }

    UploadLimit(DataSize maxFileSize) {
        this(maxFileSize, maxFileSize);
    }

    private UploadLimit(DataSize maxFileSize, DataSize maxJsonSize) {
        this.maxFileSize = maxFileSize;
        this.maxJsonSize = maxJsonSize;
    }

    /** The largest file (or raw request body) accepted, in bytes. */
    public long bytes() {
        return maxFileSize.toBytes();
    }

    /**
     * The largest raw (JSON) request body of the API: {@code px.api.max-json-size} (default 10 MB), or the file
     * limit if that is smaller. Lower than the file limit because a JSON body is parsed whole into memory, where a
     * file is streamed row by row.
     */
    long rawBodyBytes() {
        return Math.min(bytes(), maxJsonSize.toBytes());
    }

    /** The largest multipart request: the file plus its envelope. */
    long multipartRequestBytes() {
        return bytes() + MULTIPART_ENVELOPE_BYTES;
    }

    /** The limit in megabytes for a message ("50", "0.25"), so a small limit does not read as "0 MB". */
    public BigDecimal megabytes() {
        return megabytes(bytes());
    }

    public static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(1024L * 1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
