package io.pxportal.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Serves Vaadin's {@code getTranslation} from the same message bundles Spring uses (messages*.properties). */
@Component
class PortalI18NProvider implements I18NProvider {

    private final MessageSource messageSource;

    PortalI18NProvider(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String text = Sentences.message(messageSource, key, params, null, locale);
            if (text == null) {
                throw new NoSuchMessageException(key, locale);
            }
            return text;
        } catch (NoSuchMessageException e) {
            // A missing key is a bug (a test checks all bundles); show the key rather than fail the page.
            return "!" + key;
        }
    }
}
