package io.pxportal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files wait between the wizard's steps: one file per import job in a private folder, refused
 * (and removed) as soon as it passes the size limit, before anything parses it.
 */
@Component
class ImportFiles {

    private final Path directory;
    private final DataSize maxSize;
    private final Clock clock;

    @Autowired
    ImportFiles(ImportProperties properties, Clock clock) {
        this(properties.dir(), properties.maxFileSize(), clock);
    }

    ImportFiles(Path directory, DataSize maxSize, Clock clock) {
        this.directory = directory;
        this.maxSize = maxSize;
        this.clock = clock;
    }

    DataSize maxSize() {
        return maxSize;
    }

    Path store(ImportJob job, InputStream content) {
        Path file = path(job);
        try {
            Files.createDirectories(directory);
            sweepAbandoned();
            long limit = maxSize.toBytes();
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        throw new ImportFileException(
                                "import.file.too-large", io.pxportal.shared.api.UploadLimit.megabytes(limit));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            delete(job);
            throw new ImportFileException("import.file.unreadable");
        } catch (ImportFileException e) {
            delete(job);
            throw e;
        }
    }

    /** Removes files of imports abandoned more than a day ago (never committed, never discarded). */
    private void sweepAbandoned() throws IOException {
        FileTime dayAgo = FileTime.from(clock.instant().minus(Duration.ofDays(1)));
        try (var files = Files.list(directory)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith("import-"))
                    .toList()) {
                if (Files.getLastModifiedTime(old).compareTo(dayAgo) < 0) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    Path path(ImportJob job) {
        return directory.resolve("import-" + job.fileKey() + ".bin");
    }

    void delete(ImportJob job) {
        try {
            Files.deleteIfExists(path(job));
        } catch (IOException e) {
            // A leftover temporary file holds no state; the abandoned-file sweep removes it after a day.
        }
    }
}
