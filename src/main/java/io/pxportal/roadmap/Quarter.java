package io.pxportal.roadmap;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3}; vendors commit roadmap items to quarters. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*[-/ ]?\\s*[Qq]\\s*([1-4])\\s*");

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Reads {@code 2026-Q3} (also {@code 2026 Q3}, {@code 2026q3}); null when the text is no quarter (or before 1900). */
    public static Quarter parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1900) {
            return null;
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** As {@link #parse}, but refuses text that is no quarter (Spring converts request parameters with it). */
    public static Quarter valueOf(String text) {
        Quarter quarter = parse(text);
        if (quarter == null) {
            throw new IllegalArgumentException("not a quarter: " + text);
        }
        return quarter;
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + (quarter - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
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
