package io.pxportal.exchange;

import io.pxportal.shared.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data row of a file, read through the column mapping. The typed getters convert a cell in the file's
 * locale and, when it cannot be converted, record a row error and return null, so that one pass finds every
 * problem of the row.
 */
public final class ImportRow {

    private final long number;
    private final Map<String, String> values;
    private final ValueParsers parsers;
    private final Choices choices;
    private final List<RowError> errors = new ArrayList<>();
    private final List<RowError> warnings = new ArrayList<>();

    ImportRow(long number, Map<String, String> values, ValueParsers parsers, Choices choices) {
        this.number = number;
        this.values = values;
        this.parsers = parsers;
        this.choices = choices;
    }

    /** The row's line (CSV) or row (XLSX) number in the file, as a spreadsheet shows it. */
    public long number() {
        return number;
    }

    /** The trimmed text of a cell, or null when it is blank or the column is not mapped. */
    public String text(String column) {
        String value = values.get(column);
        return Texts.trimmedOrNull(value);
    }

    public BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return parsers.decimal(value).orElseGet(() -> {
            error(column, "import.value.not-a-number", value);
            return null;
        });
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return parsers.date(value).orElseGet(() -> {
            error(
                    column,
                    parsers.dayBeyondMonth(value) ? "import.value.no-such-day" : "import.value.not-a-date",
                    value);
            return null;
        });
    }

    /**
     * An enum constant named by the cell: its name (ON_PREM) or its label in any UI language (On-premises,
     * SaaS, ...), where the labels are the messages {@code labelPrefix + "." + NAME}.
     */
    public <E extends Enum<E>> E choice(String column, Class<E> type, String labelPrefix) {
        String value = text(column);
        return value == null ? null : match(column, value, type, labelPrefix);
    }

    /**
     * The enum constant a cell names by its name or its label in any UI language, if it does; unlike
     * {@link #choice} records no error, for readers that try the label after words of their own.
     */
    public <E extends Enum<E>> java.util.Optional<E> labelled(String column, Class<E> type, String labelPrefix) {
        String value = text(column);
        return value == null
                ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(choices.match(value, type, labelPrefix));
    }

    /** Several enum constants in one cell, separated by commas or semicolons. */
    public <E extends Enum<E>> Set<E> choices(String column, Class<E> type, String labelPrefix) {
        Set<E> result = new LinkedHashSet<>();
        for (String part : list(column)) {
            E constant = match(column, part, type, labelPrefix);
            if (constant != null) {
                result.add(constant);
            }
        }
        return result;
    }

    private <E extends Enum<E>> E match(String column, String value, Class<E> type, String labelPrefix) {
        E constant = choices.match(value, type, labelPrefix);
        if (constant == null) {
            error(column, "import.value.not-a-choice", value);
        }
        return constant;
    }

    /** The values of a cell that lists several, separated by commas or semicolons; empty when blank. */
    public Set<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return Set.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        Arrays.stream(value.split("[,;]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(parts::add);
        return parts;
    }

    /** Records a problem with a cell; the row will not be imported and nothing of the file is written. */
    public void error(String column, String messageKey, Object... arguments) {
        errors.add(new RowError(number, column, messageKey, arguments));
    }

    /**
     * Records something the user should know about a row that is imported all the same (e.g. a contract whose
     * terms look inconsistent): the import goes on, and the warning is shown with its outcome.
     */
    public void warn(String column, String messageKey, Object... arguments) {
        warnings.add(new RowError(number, column, messageKey, arguments));
    }

    List<RowError> warnings() {
        return List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The row's text by column name, as read (for comparing rows). */
    Map<String, String> values() {
        return values;
    }

    List<RowError> errors() {
        return List.copyOf(errors);
    }
}
