package io.pxportal.exchange;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code px.import.*} (docs/deployment.md and docs/import.md); the import sweep's schedule is the cron property of its
 * job, and {@code px.import.max-file-size} is also the server's upload limit (shared {@code UploadLimit}).
 *
 * @param dir          where uploaded files wait between the wizard's steps; {@code <java.io.tmpdir>/px-portal-imports}
 *                     when not set
 * @param maxFileSize  the largest import file
 * @param maxRows      the most rows an import file may have
 * @param workers      threads per node that check and write wizard imports
 * @param stallTimeout a running import without progress for this long is failed as stuck
 */
@ConfigurationProperties("px.import")
record ImportProperties(
        Path dir,
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("1000000") long maxRows,
        @DefaultValue("4") int workers,
        @DefaultValue("PT10M") Duration stallTimeout) {

    ImportProperties {
        dir = dir == null ? Path.of(System.getProperty("java.io.tmpdir"), "px-portal-imports") : dir;
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("px.import.max-file-size must be positive: " + maxFileSize);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("px.import.max-rows must be at least 1, not " + maxRows);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("px.import.workers must be at least 1, not " + workers);
        }
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("px.import.stall-timeout must be positive: " + stallTimeout);
        }
    }
}
