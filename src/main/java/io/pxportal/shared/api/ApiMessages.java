package io.pxportal.shared.api;

import io.pxportal.shared.i18n.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Texts for API errors from the same bundles the UI uses, in the best of the portal's four languages that the
 * request's {@code Accept-Language} asks for (English otherwise).
 */
@Component
public class ApiMessages {

    private static final AcceptHeaderLocaleResolver LOCALES = localeResolver();

    private final MessageSource messageSource;

    ApiMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    /** Picks one of the four languages from Accept-Language; Spring MVC uses it as its locale resolver too. */
    static AcceptHeaderLocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Languages.SUPPORTED);
        resolver.setDefaultLocale(Languages.ENGLISH);
        return resolver;
    }

    /** The message in the language of the request being handled by Spring MVC. */
    public String get(String key, Object... arguments) {
        return text(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The message in the request's language, for code that runs before Spring MVC (security filters). */
    public String get(HttpServletRequest request, String key, Object... arguments) {
        return text(key, arguments, LOCALES.resolveLocale(request));
    }

    private String text(String key, Object[] arguments, Locale locale) {
        return io.pxportal.shared.i18n.Sentences.message(messageSource, key, arguments, key, locale);
    }
}
