package io.pxportal.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports as tests start them: a CSV text as the upload, and an import left behind by a node mid-run. */
public final class TestImports {

    private TestImports() {}

    /** The text as an uploaded UTF-8 file. */
    public static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Imports the CSV text at once, as {@code <type>.csv} with the default options. */
    public static ImportOutcome importCsv(DirectImport imports, String type, String csv) {
        return imports.importNow(type, type + ".csv", csv(csv), ImportOptions.defaults());
    }

    /**
     * Uploads a one-vendor file and leaves it as a node leaves an import it was checking: running, its last report
     * at {@code lastReport}.
     */
    static ImportJobView checkingSince(
            ImportWizard wizard,
            ImportJobRepository jobs,
            PlatformTransactionManager transactions,
            String fileName,
            String vendor,
            Instant lastReport) {
        ImportJobView job = wizard.upload("vendors", fileName, csv("name\n" + vendor + "\n"), ImportOptions.defaults());
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        s -> jobs.findById(job.id()).orElseThrow().startValidating(Map.of("name", 0), lastReport));
        return job;
    }

    /** Ends an import a test left running as a node would that finished it. */
    static void stop(ImportJobRepository jobs, PlatformTransactionManager transactions, long jobId) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        s -> jobs.findById(jobId).orElseThrow().failed("import.interrupted", null, Instant.now()));
    }
}
