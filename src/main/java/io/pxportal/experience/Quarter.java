package io.pxportal.experience;

import io.pxportal.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the period every observation and score belongs to; written {@code 2026-Q3}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads {@code 2026-Q3} (or {@code 2026Q3}); anything else is refused with a message for the user. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 1900) {
            throw new DomainException("experience.period.invalid", text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + quarter - 1 + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    /** The quarter as the language writes it ("Q4 2026", "4-й кв. 2026"); {@link #toString} is the stored form. */
    public String label(java.util.Locale locale) {
        return io.pxportal.shared.i18n.Formats.quarter(year, quarter, locale);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
