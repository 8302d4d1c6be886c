package io.pxportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date pickers follow the UI language and the browser's region, and every picker of the portal goes through one helper. */
class DatePickersTest {

    private static final Pattern PICKER = Pattern.compile("(.{0,25})new Date(Time)?Picker\\(");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en-US | M/d/yyyy   | 0 | December | Sun",
                "en-GB | dd/MM/yyyy | 1 | December | Sun",
                "uk-UA | dd.MM.yyyy | 1 | грудень  | нд",
                "ru-RU | dd.MM.yyyy | 1 | декабрь  | вс",
                "ar-EG | dd/MM/yyyy | 6 | ديسمبر   | الأحد",
            })
    void the_picker_writes_dates_as_the_region_does_in_the_users_language(
            String tag, String format, int firstDay, String december, String sunday) {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Locale.forLanguageTag(tag));

        assertThat(i18n.getDateFormats()).containsExactly(format);
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(firstDay);
        assertThat(i18n.getMonthNames().get(11)).isEqualToIgnoringCase(december);
        assertThat(i18n.getWeekdaysShort().getFirst()).startsWithIgnoringCase(sunday.substring(0, 2));
        assertThat(i18n.getDateFormats().getFirst())
                .as("no bidi marks in the field")
                .doesNotContain("\u200F", "\u200E");
    }

    @Test
    void every_date_picker_of_the_portal_is_localized() throws IOException {
        List<String> bare;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            bare = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        try {
                            String source = Files.readString(p);
                            Matcher m = PICKER.matcher(source);
                            return m.results()
                                    .filter(r -> !r.group(1).endsWith("DatePickers.localized("))
                                    .map(r -> p.getFileName() + ": " + r.group().strip());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(bare).as("date pickers built without DatePickers.localized").isEmpty();
    }
}
