package io.pxportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A blank answer is stored as no answer; trimming drops ASCII spaces, stripping all Unicode white space. */
class TextsTest {

    @ParameterizedTest(name = "[{0}] -> trimmed [{1}], stripped [{2}]")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "NONE          | NONE | NONE",
                "''            | NONE | NONE",
                "'   '         | NONE | NONE",
                "note          | note | note",
                "'  a note  '  | a note | a note",
                "'\u2003note\u2003' | '\u2003note\u2003' | note",
            })
    void blankIsNoAnswer(String value, String trimmed, String stripped) {
        assertThat(Texts.trimmedOrNull(value)).isEqualTo(trimmed);
        assertThat(Texts.strippedOrNull(value)).isEqualTo(stripped);
    }
}
