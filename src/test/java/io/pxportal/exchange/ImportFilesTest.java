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

        assertThatThrownBy(() -> files.store(1, tooLarge))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey()).isEqualTo("import.file.too-large");
        assertThat(Files.exists(files.path(1))).isFalse();
    }

    @Test
    void a_file_within_the_limit_is_kept_for_the_next_steps() throws Exception {
        ImportFiles files = new ImportFiles(directory, DataSize.ofKilobytes(64));

        Path stored = files.store(2, new ByteArrayInputStream("name\nA\n".getBytes()));

        assertThat(Files.readString(stored)).isEqualTo("name\nA\n");
        files.delete(2);
        assertThat(Files.exists(stored)).isFalse();
    }
}
