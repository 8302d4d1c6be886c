package io.pxportal.contracts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A contract's alert lead times: the days before a notice deadline (or the end of a last term) at which its
 * owners are alerted, by default 120, 90, 60, 30 and 7.
 *
 * <p>Stages: nothing is raised before the longest lead time. From then on the alert's stage is the shortest lead
 * time the date is within (45 days ahead with the defaults: stage 60); once the date has passed the stage is 0,
 * for {@link #GRACE_DAYS} more days. Each stage is a new alert — the inbox raises it even if the previous stage was
 * acknowledged — so acknowledging silences only the current stage.
 */
public final class AlertLeadTimes {

    public static final List<Integer> DEFAULT = List.of(120, 90, 60, 30, 7);
    /** A lead time is at least a day and at most two years, as a notice period is. */
    public static final int MIN = 1;

    public static final int MAX = 730;
    /** At most this many stages per contract. */
    public static final int MAX_COUNT = 10;
    /** How long after a date has passed its alert is still called for. */
    static final int GRACE_DAYS = 30;
    /** The stage of a date that has passed. */
    public static final int PASSED = 0;

    private AlertLeadTimes() {}

    /** Longest first, each once; null (not given) stays null. */
    public static List<Integer> normalised(Collection<Integer> days) {
        return days == null
                ? null
                : days.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted(Comparator.reverseOrder())
                        .toList();
    }

    /** Whether every lead time is in range and there are between one and {@link #MAX_COUNT}. */
    public static boolean valid(Collection<Integer> days) {
        return days != null
                && !days.isEmpty()
                && days.size() <= MAX_COUNT
                && days.stream().allMatch(d -> d != null && d >= MIN && d <= MAX);
    }

    /** As people write and the database stores them: {@code 120, 90, 60, 30, 7}. */
    public static String format(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Reads lead times separated by commas, semicolons or spaces; blank is null (not given).
     *
     * @throws NumberFormatException for anything that is not a whole number
     */
    public static List<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return normalised(Arrays.stream(text.trim().split("[,;\\s]+"))
                .map(Integer::valueOf)
                .toList());
    }

    /**
     * The stage a date is in on {@code today}: the shortest lead time it is within, {@link #PASSED} for
     * {@link #GRACE_DAYS} days after it, and empty when it is further ahead than the longest lead time or
     * longer past.
     */
    public static OptionalInt stage(List<Integer> leadDays, LocalDate date, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, date);
        if (daysLeft < 0) {
            return daysLeft >= -GRACE_DAYS ? OptionalInt.of(PASSED) : OptionalInt.empty();
        }
        return leadDays.stream()
                .mapToInt(Integer::intValue)
                .filter(lead -> daysLeft <= lead)
                .min();
    }
}
