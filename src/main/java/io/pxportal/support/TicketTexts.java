package io.pxportal.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How vendor-portal, ServiceNow and Jira exports write severities, statuses and timestamps, read into the
 * portal's terms. Timestamps without an offset are local times of the policy's time zone.
 */
final class TicketTexts {

    /** A time followed by Z or a numeric offset at the end of the value. */
    private static final Pattern WITH_OFFSET = Pattern.compile("\\d(?:[zZ]|[+-]\\d{2}(?::?\\d{2})?)$");

    private static final Pattern DIGIT = Pattern.compile("(?:^|[^0-9])([1-4])(?:[^0-9]|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The statuses by their own names, lower case, words apart: "in progress", "waiting on customer". */
    private static final Map<String, TicketStatus> STATUS_NAMES = java.util.Arrays.stream(TicketStatus.values())
            .collect(java.util.stream.Collectors.toMap(
                    s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' '), s -> s));

    private static final Map<String, Severity> SEVERITY_WORDS = Map.of(
            "critical",
            Severity.P1,
            "urgent",
            Severity.P1,
            "blocker",
            Severity.P1,
            "high",
            Severity.P2,
            "major",
            Severity.P2,
            "medium",
            Severity.P3,
            "moderate",
            Severity.P3,
            "normal",
            Severity.P3,
            "low",
            Severity.P4,
            "minor",
            Severity.P4);
    private static final Map<String, TicketStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("new", TicketStatus.OPEN),
            Map.entry("open", TicketStatus.OPEN),
            Map.entry("submitted", TicketStatus.OPEN),
            Map.entry("to do", TicketStatus.OPEN),
            Map.entry("in progress", TicketStatus.IN_PROGRESS),
            Map.entry("work in progress", TicketStatus.IN_PROGRESS),
            Map.entry("assigned", TicketStatus.IN_PROGRESS),
            Map.entry("active", TicketStatus.IN_PROGRESS),
            Map.entry("awaiting customer", TicketStatus.WAITING_ON_CUSTOMER),
            Map.entry("pending customer", TicketStatus.WAITING_ON_CUSTOMER),
            Map.entry("waiting for customer", TicketStatus.WAITING_ON_CUSTOMER),
            Map.entry("awaiting info", TicketStatus.WAITING_ON_CUSTOMER),
            Map.entry("awaiting caller", TicketStatus.WAITING_ON_CUSTOMER),
            Map.entry("on hold", TicketStatus.ON_HOLD),
            Map.entry("pending", TicketStatus.ON_HOLD),
            Map.entry("resolved", TicketStatus.RESOLVED),
            Map.entry("done", TicketStatus.RESOLVED),
            Map.entry("fixed", TicketStatus.RESOLVED),
            Map.entry("closed", TicketStatus.CLOSED),
            Map.entry("cancelled", TicketStatus.CLOSED));
    /**
     * Strict, with the proleptic year (u): the default resolver turned 31.02.2026 into 28 February and 24:00 into
     * the next day, so an SLA clock ran from a time nobody gave.
     */
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
                    new DateTimeFormatterBuilder()
                            .append(DateTimeFormatter.ISO_LOCAL_DATE)
                            .optionalStart()
                            .appendLiteral('T')
                            .optionalEnd()
                            .optionalStart()
                            .appendLiteral(' ')
                            .optionalEnd()
                            .append(DateTimeFormatter.ISO_LOCAL_TIME)
                            .toFormatter(Locale.ROOT),
                    DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm[:ss]", Locale.ROOT),
                    DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm[:ss]", Locale.ROOT))
            .stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT))
            .toList();
    /** What {@link #isoLocal} answers for a value of the common shape that names no real time (31 February). */
    private static final LocalDateTime IMPOSSIBLE = LocalDateTime.MIN;

    private TicketTexts() {}

    /** "P1", "Sev 2", "1 - Critical", "High": the severity, or empty. */
    static Optional<Severity> severity(String text) {
        String lower = text.toLowerCase(Locale.ROOT).trim();
        try {
            return Optional.of(Severity.valueOf(lower.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAName) {
            Matcher digit = DIGIT.matcher(lower);
            if (digit.find()) {
                return Optional.of(Severity.values()[Integer.parseInt(digit.group(1)) - 1]);
            }
            return SEVERITY_WORDS.entrySet().stream()
                    .filter(e -> lower.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    /** A vendor's status word ("Awaiting Customer", "Work in Progress"), or empty. */
    static Optional<TicketStatus> status(String text) {
        String key = SPACES.matcher(
                        text.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' '))
                .replaceAll(" ")
                .trim();
        TicketStatus named = STATUS_NAMES.get(key);
        return Optional.ofNullable(named != null ? named : STATUS_WORDS.get(key));
    }

    /** An instant with offset, or a local date-time (or date, at midnight) in {@code zone}; empty otherwise. */
    static Optional<Instant> instant(String text, ZoneId zone) {
        String value = text.trim();
        LocalDateTime common = isoLocal(value);
        if (common == IMPOSSIBLE) {
            return Optional.empty();
        }
        if (common != null) {
            return Optional.of(common.atZone(zone).toInstant());
        }
        // Only a value that ends in an offset can be one; asking the parser anyway costs an exception per cell,
        // which at a million rows was most of an import's time. (Not Instant.parse: it reads 24:00 as the next day
        // and 23:59:60 as 23:59:59.)
        if (WITH_OFFSET.matcher(value).find()) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notOffset) {
                // try the local forms below
            }
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return Optional.of(
                        LocalDateTime.parse(value, format).atZone(zone).toInstant());
            } catch (DateTimeParseException next) {
                // next format
            }
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException none) {
            return Optional.empty();
        }
    }

    /**
     * The shape nearly every export uses — "2026-03-05 10:15", with T or with seconds — read digit by digit: the
     * formatters (and the offset test before them) took ~0.85 µs a cell, seconds of a million-row import with five
     * time cells a row. A value of this shape that names no real time (31 February, 24:00, a letter for a digit) is
     * {@link #IMPOSSIBLE}, refused without asking a formatter; any other shape is left to the formatters (null).
     */
    private static LocalDateTime isoLocal(String v) {
        int n = v.length();
        if ((n != 16 && n != 19)
                || v.charAt(4) != '-'
                || v.charAt(7) != '-'
                || (v.charAt(10) != ' ' && v.charAt(10) != 'T')
                || v.charAt(13) != ':'
                || (n == 19 && v.charAt(16) != ':')) {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = n == 19 ? digits(v, 17, 19) : 0;
        if (year < 1
                || month < 1
                || month > 12
                || day < 1
                || day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return IMPOSSIBLE;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number the characters from..to spell, or -1 when one is not a digit. */
    private static int digits(String v, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
