package io.pxportal.support;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week's working hours as one line of text — "Mon-Thu 08:00-17:00; Fri 08:00-14:00" — the form the database,
 * the import files and the API use. Days are English names or their first three letters; a day not named is a day
 * off; 24:00 is the day's end. Reading also takes one day per part ("MONDAY 09:00-17:00, TUESDAY …").
 */
public final class WorkWeekText {

    private static final Pattern PART =
            Pattern.compile("(\\p{L}+)\\s*(?:[-–]\\s*(\\p{L}+))?\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    private WorkWeekText() {}

    /** The days and hours written; throws IllegalArgumentException naming the part it cannot read. */
    public static Map<DayOfWeek, WorkingHours> parse(String text) {
        Map<DayOfWeek, WorkingHours> days = new EnumMap<>(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : text.split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PART.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException(part.trim());
            }
            DayOfWeek first = day(m.group(1), part);
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2), part);
            WorkingHours hours;
            try {
                hours = new WorkingHours(time(m.group(3)), time(m.group(4)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(part.trim(), e);
            }
            for (DayOfWeek d = first; ; d = d.plus(1)) {
                if (days.put(d, hours) != null) {
                    throw new IllegalArgumentException(part.trim());
                }
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    /** Consecutive days with the same hours grouped, Monday first: "Mon-Thu 08:00-17:00; Fri 08:00-14:00". */
    public static String format(Map<DayOfWeek, WorkingHours> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        for (int i = 0; i < all.length; i++) {
            WorkingHours hours = days.get(all[i]);
            if (hours == null) {
                continue;
            }
            int j = i;
            while (j + 1 < all.length && hours.equals(days.get(all[j + 1]))) {
                j++;
            }
            parts.add(name(all[i]) + (j > i ? "-" + name(all[j]) : "") + " " + time(hours.start()) + "-"
                    + time(hours.end()));
            i = j;
        }
        return String.join("; ", parts);
    }

    private static DayOfWeek day(String word, String part) {
        String w = word.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(w) || (w.length() == 3 && d.name().startsWith(w))) {
                return d;
            }
        }
        throw new IllegalArgumentException(part.trim());
    }

    private static LocalTime time(String text) {
        if (text.equals("24:00")) {
            return LocalTime.MAX;
        }
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    private static String time(LocalTime time) {
        return time.equals(LocalTime.MAX)
                ? "24:00"
                : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    private static String name(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
