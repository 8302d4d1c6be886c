package io.pxportal.exchange;

import io.pxportal.shared.ratelimit.RateLimitKind;
import io.pxportal.shared.ratelimit.RateLimiter;
import io.pxportal.shared.security.CurrentUser;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The start of every file import, in the wizard or through the API: the file stored as a new import, size-checked
 * and read once to see that it is a table with rows; and its first rows with the mapping its headers suggest.
 */
@Component
class ImportUploads {

    private final ExchangeTypes types;
    private final HeaderMatcher headerMatcher;
    private final ImportEngine engine;
    private final ImportFiles files;
    private final ImportJobs jobs;
    private final ImportFailures failures;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    ImportUploads(
            ExchangeTypes types,
            HeaderMatcher headerMatcher,
            ImportEngine engine,
            ImportFiles files,
            ImportJobs jobs,
            ImportFailures failures,
            RateLimiter rateLimiter,
            Clock clock) {
        this.types = types;
        this.headerMatcher = headerMatcher;
        this.engine = engine;
        this.files = files;
        this.jobs = jobs;
        this.failures = failures;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    /** Stores an uploaded file as a new import and checks that it reads as a table; a bad file is refused now. */
    ImportJobView upload(
            String type, String fileName, InputStream content, ImportOptions options, ImportOrigin origin) {
        types.importable(type);
        FileFormat format = FileFormat.ofFileName(fileName);
        String user = CurrentUser.username().orElseThrow();
        countImport(user);
        ImportJob job = jobs.create(new ImportJob(user, origin, type, fileName, format, options, clock.instant()));
        try {
            Path file = files.store(job, content);
            if (engine.sample(file, format, options, 1).rows().isEmpty()) {
                throw new ImportFileException("import.file.no-rows");
            }
        } catch (RuntimeException e) {
            files.delete(job);
            failures.fail(job.getId(), e);
            throw e;
        }
        return jobs.view(job.getId());
    }

    /** The headers, the current (or suggested) mapping and the first rows of an uploaded file. */
    ImportPreview preview(ImportJob job, int rows) {
        ImportEngine.Sample sample = engine.sample(files.path(job), job.getFileFormat(), job.options(), rows);
        Map<String, Integer> mapping = job.mapping().isEmpty()
                ? headerMatcher.suggest(types.get(job.getRecordType()), sample.headers())
                : job.mapping();
        return new ImportPreview(sample.headers(), mapping, sample.rows());
    }

    /** Each import started, in the wizard or through the API, counts against the user's limit (docs/security.md). */
    void countImport(String user) {
        rateLimiter.acquire(RateLimitKind.IMPORTS_PER_USER, user, user, "import.rate-limited");
    }
}
