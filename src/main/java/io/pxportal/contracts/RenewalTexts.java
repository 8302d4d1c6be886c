package io.pxportal.contracts;

import io.pxportal.shared.i18n.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The renewal explanation in words, for whoever renders it — a view ({@code getTranslation}), the calendar feed
 * or the API ({@code MessageSource}): dates in the reader's format, message keys among the arguments (units)
 * translated.
 */
public final class RenewalTexts {

    private RenewalTexts() {}

    /**
     * @param translate message key and arguments → text in {@code locale}
     * @return each reason as one sentence (or part of one), in order
     */
    public static List<String> sentences(
            List<RenewalSchedule.Reason> reasons, Locale locale, BiFunction<String, Object[], String> translate) {
        return reasons.stream()
                .map(reason -> translate.apply(reason.key(), readable(reason.arguments(), locale, translate)))
                .toList();
    }

    /** The whole explanation as one paragraph. */
    public static String paragraph(
            List<RenewalSchedule.Reason> reasons, Locale locale, BiFunction<String, Object[], String> translate) {
        return String.join(" ", sentences(reasons, locale, translate));
    }

    private static Object[] readable(
            Object[] arguments, Locale locale, BiFunction<String, Object[], String> translate) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = switch (arguments[i]) {
                case LocalDate date -> Formats.date(date, locale);
                case String key when key.startsWith("renewal.") -> translate.apply(key, new Object[0]);
                case null, default -> arguments[i];
            };
        }
        return shown;
    }
}
