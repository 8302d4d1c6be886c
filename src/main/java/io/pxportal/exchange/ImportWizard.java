package io.pxportal.exchange;

import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.CurrentUser;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports in steps: upload (stored, size-checked, readable?) → map columns (suggested from aliases) → validate
 * every row in the background → commit all or nothing in the background. Each step's state is an
 * {@link ImportJob}, so a page reload finds the import where it was. The job's owner (or an admin) sees it.
 */
@Service
public class ImportWizard {

    private final ExchangeTypes types;
    private final ImportFiles files;
    private final ImportUploads uploads;
    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final ImportHeartbeat runningHere;
    private final Clock clock;

    ImportWizard(
            ExchangeTypes types,
            ImportFiles files,
            ImportUploads uploads,
            ImportJobs jobs,
            ImportRunner runner,
            ImportHeartbeat runningHere,
            Clock clock) {
        this.types = types;
        this.files = files;
        this.uploads = uploads;
        this.jobs = jobs;
        this.runner = runner;
        this.runningHere = runningHere;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxFileSize() {
        return files.maxSize().toBytes();
    }

    /** The record types the current user may import (in the wizard and through the API alike). */
    @PreAuthorize("isAuthenticated()")
    public List<ImportTypeInfo> importableTypes() {
        return types.all().stream()
                .filter(RecordExchange::mayImport)
                .map(t -> new ImportTypeInfo(t.type(), t.labelKey(), t.columns()))
                .toList();
    }

    /** Stores an uploaded file as a new import and checks that it reads as a table; a bad file is refused now. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView upload(String type, String fileName, InputStream content, ImportOptions options) {
        return uploads.upload(type, fileName, content, options, ImportOrigin.WIZARD);
    }

    /** The headers, the current (or suggested) mapping and the first rows of an uploaded file. */
    @PreAuthorize("isAuthenticated()")
    public ImportPreview preview(long jobId, int rows) {
        return uploads.preview(jobs.owned(jobId), rows);
    }

    /** Checks every row with the given mapping, in the background; the job tells progress and the result. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView validate(long jobId, Map<String, Integer> mapping) {
        return validate(jobId, mapping, Map.of());
    }

    /**
     * Checks every row with the given mapping and one value for the whole file for each column in {@code values}
     * (column name → text, read like a cell of every row; only for columns the mapping leaves out), in the
     * background; the job tells progress and the result.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView validate(long jobId, Map<String, Integer> mapping, Map<String, String> values) {
        ImportJob job = jobs.owned(jobId);
        RecordExchange<?> type = types.importable(job.getRecordType());
        ImportOptions options = job.options().withValues(values);
        MappingRules.requireMapped(type, mapping, options);
        if (job.getStatus().isRunning() || job.getStatus().isFinished()) {
            throw new DomainException("import.not-open");
        }
        requireNoOtherRunning(job);
        jobs.update(jobId, j -> j.startValidating(mapping, options.values(), clock.instant()));
        runner.validate(jobId, type);
        return jobs.view(jobId);
    }

    /** Writes a validated import in one transaction, in the background. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView commit(long jobId) {
        ImportJob job = jobs.owned(jobId);
        RecordExchange<?> type = types.importable(job.getRecordType());
        requireNoOtherRunning(job);
        jobs.update(jobId, j -> j.startCommitting(clock.instant()));
        runner.commit(jobId, type);
        return jobs.view(jobId);
    }

    /** Drops an import that was not committed, and its file. */
    @PreAuthorize("isAuthenticated()")
    public void discard(long jobId) {
        ImportJob job = jobs.owned(jobId);
        if (job.getStatus().isRunning()) {
            throw new DomainException("import.running");
        }
        files.delete(job);
        jobs.update(jobId, j -> j.discard(clock.instant()));
    }

    /**
     * Cancels a running validation or commit (its owner or an admin): the node running it stops at its next step and
     * rolls back, so a cancelled commit writes nothing. An import whose node is gone is failed as cancelled at once.
     */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView cancel(long jobId) {
        ImportJob job = jobs.owned(jobId);
        String by = CurrentUser.username().orElseThrow();
        if (!jobs.requestCancel(jobId, by)) {
            throw new DomainException("import.not-running");
        }
        if (runningHere.isStale(job)) {
            jobs.update(jobId, j -> j.cancelled(by, clock.instant()));
        }
        return jobs.view(jobId);
    }

    /** An import where it stands; one whose node stopped reporting while it ran is failed as interrupted. */
    @PreAuthorize("isAuthenticated()")
    public ImportJobView job(long jobId) {
        return jobs.view(jobId);
    }

    /**
     * The current user's latest wizard import, unless it is finished: the wizard resumes it after a reload.
     * Imports run through the API are not the wizard's (they finish within their request). One that was cut off
     * is shown once as interrupted, so the user learns why and starts anew.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ImportJobView> unfinished() {
        return jobs.latest(CurrentUser.username().orElseThrow(), ImportOrigin.WIZARD)
                .filter(j -> !j.getStatus().isFinished())
                .map(j -> jobs.view(j.getId()));
    }

    /**
     * One wizard import of a user runs at a time: a second one is refused with the name of the first, so a user who
     * starts many never takes the pool from others.
     */
    private void requireNoOtherRunning(ImportJob job) {
        jobs.othersRunning(job).stream().findFirst().ifPresent(other -> {
            throw new DomainException("import.user-busy", other.toView().fileName());
        });
    }
}
