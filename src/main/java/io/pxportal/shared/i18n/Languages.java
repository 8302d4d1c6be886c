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

    private Languages() {}

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

    /**
     * The UI language in the region of the user's browser: English chosen in an en-GB browser formats dates as
     * "7 Dec 2026" and starts weeks on Monday; the texts stay those of the language.
     */
    public static Locale inRegion(Locale language, Locale browser) {
        Locale supported = supportedOrDefault(language);
        String country = browser == null ? "" : browser.getCountry();
        return country.isEmpty() ? supported : Locale.of(supported.getLanguage(), country);
    }

    public static boolean isRightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
