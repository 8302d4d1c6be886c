package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random inputs (reproducible: the seed is the test's name) for both readers: pure noise, and valid
 * files with bytes flipped, cut short or repeated. Every input must end in rows or a clear
 * {@link ImportFileException} — never another exception type, never a hang.
 */
class ReaderFuzzTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    static Stream<Long> seeds() {
        return IntStream.range(0, 100).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "csv seed {0}")
    @MethodSource("seeds")
    void csv_reader_gives_rows_or_a_clear_error(long seed) {
        byte[] input = csvInput(new Random(seed));
        assertTimeoutPreemptively(
                LIMIT,
                () -> assertReadsOrRefuses(() -> CsvTableReaderTest.read(
                        input, seed % 3 == 0 ? ImportOptions.WINDOWS_1251 : StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "xlsx seed {0}")
    @MethodSource("seeds")
    void xlsx_reader_gives_rows_or_a_clear_error(long seed) throws IOException {
        byte[] input = mutate(XlsxTableReaderTest.workbook(), new Random(seed));
        assertTimeoutPreemptively(LIMIT, () -> assertReadsOrRefuses(() -> XlsxTableReaderTest.read(input, Locale.UK)));
    }

    private static void assertReadsOrRefuses(Runnable read) {
        try {
            read.run();
        } catch (ImportFileException expected) {
            assertThat(expected.messageKey()).startsWith("import.file.");
        }
    }

    private static byte[] csvInput(Random random) {
        if (random.nextBoolean()) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            return noise;
        }
        String valid = "name;country;notes\nOpenText;CA;\"a \"\"quoted\"\"\nnote\"\nQuadient;FR;x\n";
        return mutate(valid.getBytes(StandardCharsets.UTF_8), random);
    }

    /** Flips a few bytes, or truncates, or repeats a slice. */
    static byte[] mutate(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
            }
            default -> {
                int from = random.nextInt(copy.length);
                int length = Math.min(copy.length - from, 1 + random.nextInt(64));
                byte[] longer = java.util.Arrays.copyOf(copy, copy.length + length);
                System.arraycopy(copy, from, longer, copy.length, length);
                return longer;
            }
        }
    }
}
