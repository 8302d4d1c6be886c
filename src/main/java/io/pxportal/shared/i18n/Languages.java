package io.pxportal.shared.i18n;

import java.util.List;
import java.util.Locale;

/** The four UI languages; Arabic is written right to left. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale UKRAINIAN = Locale.of("uk");
    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ARABIC = Locale.of("ar");

    public static final List<Locale> SUPPORTED = List.of(ENGLISH, UKRAINIAN, RUSSIAN, ARABIC);

    private Languages() {
    }

    /** The supported language matching {@code locale}'s language, else English. */
    public static Locale supportedOrDefault(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /** Parses a language tag as stored in preferences; unknown or blank tags give English. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? ENGLISH : supportedOrDefault(Locale.forLanguageTag(tag));
    }

    public static boolean isRightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
