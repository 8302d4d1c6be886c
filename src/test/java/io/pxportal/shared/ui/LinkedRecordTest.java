package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a record id out of a link: a readable id is found, anything else is ignored rather than an error. */
class LinkedRecordTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                "7                    | 7",
                "' 42 '               | 42",
                "0                    | 0",
                "-3                   | -3",
                "9223372036854775807  | 9223372036854775807",
                "9223372036854775808  | NONE",
                "''                   | NONE",
                "'   '                | NONE",
                "abc                  | NONE",
                "7a                   | NONE",
                "1.5                  | NONE",
                "NONE                 | NONE",
            })
    void readsAnIdOrNothing(String text, Long expected) {
        assertThat(LinkedRecord.id(text)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void takesTheFirstValueOfTheNamedParameter() {
        var location = new Location(
                "contracts", new QueryParameters(Map.of("contract", List.of("12", "13"), "other", List.of("x"))));

        assertThat(LinkedRecord.id(location, "contract")).contains(12L);
        assertThat(LinkedRecord.id(location, "other")).isEmpty();
        assertThat(LinkedRecord.id(location, "missing")).isEmpty();
    }

    @Test
    void aParameterWithoutValueNamesNoRecord() {
        var location = new Location("contracts", QueryParameters.fromString("contract"));

        assertThat(LinkedRecord.id(location, "contract")).isEmpty();
    }
}
