package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class ImportFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void storing_a_file_removes_uploads_abandoned_more_than_a_day_before_the_portal_clock() throws Exception {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64), CLOCK);
        Path abandoned = Files.writeString(directory.resolve("import-old.bin"), "old");
        Path recent = Files.writeString(directory.resolve("import-recent.bin"), "recent");
        Path other = Files.writeString(directory.resolve("notes.txt"), "not an upload");
        Files.setLastModifiedTime(abandoned, FileTime.from(CLOCK.instant().minus(Duration.ofHours(25))));
        Files.setLastModifiedTime(recent, FileTime.from(CLOCK.instant().minus(Duration.ofHours(23))));
        Files.setLastModifiedTime(other, FileTime.from(CLOCK.instant().minus(Duration.ofDays(30))));

        files.store(job(9L), new ByteArrayInputStream("name\nA\n".getBytes()));

        assertThat(abandoned).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }

    @Test
    void a_file_over_the_limit_is_refused_while_uploading_and_nothing_is_left_behind() {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64), CLOCK);
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
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64), CLOCK);

        ImportJob job = job(2L);
        Path stored = files.store(job, new ByteArrayInputStream("name\nA\n".getBytes()));

        assertThat(Files.readString(stored)).isEqualTo("name\nA\n");
        files.delete(job);
        assertThat(Files.exists(stored)).isFalse();
    }

    @Test
    void two_portals_sharing_the_upload_folder_never_touch_each_others_file_of_the_same_job_number() throws Exception {
        ImportFiles test = new ImportFiles(directory, DataSize.ofKilobytes(64), CLOCK);
        ImportFiles production = new ImportFiles(directory, DataSize.ofKilobytes(64), CLOCK);
        ImportJob ours = job(5L);
        ImportJob theirs = job(5L);

        Path kept = production.store(ours, new ByteArrayInputStream("name\nOurs\n".getBytes()));
        test.store(theirs, new ByteArrayInputStream("name\nTheirs\n".getBytes()));
        test.delete(theirs);

        assertThat(Files.readString(kept)).isEqualTo("name\nOurs\n");
    }

    @Test
    void a_job_stored_before_file_keys_existed_finds_its_file_by_its_id() {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64), CLOCK);
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
                CLOCK.instant());
        org.springframework.test.util.ReflectionTestUtils.setField(job, "id", id);
        return job;
    }
}
