package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class ImportFilesTest {

    @TempDir
    Path directory;

    @Test
    void a_file_over_the_limit_is_refused_while_uploading_and_nothing_is_left_behind() {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64));
        InputStream endless = InputStream.nullInputStream();
        InputStream tooLarge = new java.io.SequenceInputStream(new ByteArrayInputStream(new byte[70 * 1024]), endless);

        ImportJob job = job(1L);
        assertThatThrownBy(() -> files.store(job, tooLarge))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey())
                .isEqualTo("import.file.too-large");
        assertThat(Files.exists(files.path(job))).isFalse();
    }

    @Test
    void a_file_within_the_limit_is_kept_for_the_next_steps() throws Exception {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64));

        ImportJob job = job(2L);
        Path stored = files.store(job, new ByteArrayInputStream("name\nA\n".getBytes()));

        assertThat(Files.readString(stored)).isEqualTo("name\nA\n");
        files.delete(job);
        assertThat(Files.exists(stored)).isFalse();
    }

    @Test
    void two_portals_sharing_the_upload_folder_never_touch_each_others_file_of_the_same_job_number() throws Exception {
        ImportFiles test = new ImportFiles(directory, DataSize.ofKilobytes(64));
        ImportFiles production = new ImportFiles(directory, DataSize.ofKilobytes(64));
        ImportJob ours = job(5L);
        ImportJob theirs = job(5L);

        Path kept = production.store(ours, new ByteArrayInputStream("name\nOurs\n".getBytes()));
        test.store(theirs, new ByteArrayInputStream("name\nTheirs\n".getBytes()));
        test.delete(theirs);

        assertThat(Files.readString(kept)).isEqualTo("name\nOurs\n");
    }

    @Test
    void a_job_stored_before_file_keys_existed_finds_its_file_by_its_id() {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64));
        ImportJob legacy = job(7L);
        org.springframework.test.util.ReflectionTestUtils.setField(legacy, "fileKey", null);

        assertThat(files.path(legacy)).isEqualTo(directory.resolve("import-7.bin"));
    }

    private static ImportJob job(long id) {
        ImportJob job = new ImportJob(
                "marc",
                ImportOrigin.WIZARD,
                "usage",
                "usage.csv",
                FileFormat.CSV,
                ImportOptions.defaults(),
                java.time.Instant.now());
        org.springframework.test.util.ReflectionTestUtils.setField(job, "id", id);
        return job;
    }
}
