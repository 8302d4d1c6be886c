package io.pxportal.shared.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import io.pxportal.shared.i18n.Languages;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.ShellUser;
import jakarta.servlet.http.Cookie;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Applies language, text direction and light/dark theme to a UI: from the user's saved choice, else a cookie
 * (the login page), else the browser's language.
 */
@Component
public class ShellPreferences {

    static final String LANGUAGE_COOKIE = "px-lang";
    private static final String ZONE_ATTRIBUTE = "px-zone";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final ShellUser shellUser;

    ShellPreferences(ShellUser shellUser) {
        this.shellUser = shellUser;
    }

    /** Sets locale, direction and theme on a new UI. */
    public void apply(UI ui, VaadinRequest request) {
        boolean loggedIn = CurrentUser.username().isPresent();
        Locale locale = locale(request);
        ui.setLocale(locale);
        ui.getSession().setLocale(locale);
        ui.setDirection(Languages.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        applyTheme(ui, loggedIn && shellUser.prefersDarkTheme());
        ExtendedClientDetails known = ui.getPage().getExtendedClientDetails();
        if (known.getTimeZoneId() != null) {
            keepZone(ui, known);
        } else {
            known.refresh(details -> keepZone(ui, details));
        }
    }

    private static void keepZone(UI ui, ExtendedClientDetails details) {
        if (details.getTimeZoneId() != null && ui.getSession() != null) {
            ui.getSession().setAttribute(ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
        }
    }

    /**
     * The locale of a request: the user's saved language, else the language cookie, else the browser's — in the
     * browser's region, so dates, numbers and date pickers follow it (en-GB: 7/12/2026) in the chosen language.
     */
    public Locale locale(VaadinRequest request) {
        boolean loggedIn = CurrentUser.username().isPresent();
        Locale language = (loggedIn ? shellUser.preferredLocale() : Optional.<Locale>empty())
                .or(() -> cookie(request).map(Languages::fromTag))
                .orElseGet(() -> Languages.supportedOrDefault(request.getLocale()));
        return Languages.inRegion(language, request.getLocale());
    }

    /** The time zone of the user's browser (the server's until the browser has told). */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.systemDefault();
    }

    /** Switches language: saves it and reloads so every component renders in it. */
    public void changeLanguage(UI ui, Locale locale) {
        if (CurrentUser.username().isPresent()) {
            shellUser.savePreferredLocale(locale);
        }
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }

    /** Saves the theme and reloads, so that server-drawn charts are drawn again in it. */
    public void changeTheme(UI ui, boolean dark) {
        shellUser.savePrefersDarkTheme(dark);
        ui.getPage().reload();
    }

    public boolean isDark() {
        return CurrentUser.username().isPresent() && shellUser.prefersDarkTheme();
    }

    private static void applyTheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
    }

    private static Optional<String> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst();
    }
}
