package io.pxportal.shared.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the shell and services need to know about the logged-in user (name, roles, language, theme), provided
 * by the identity module; the shell itself knows no feature module. It lives outside the UI packages because
 * services read it too (e.g. the calendar feed's language).
 */
public interface ShellUser {

    /** The logged-in user's readable name. */
    String displayName();

    /** The logged-in user's roles. */
    Set<Role> roles();

    /** The language the user chose last, if any. */
    Optional<Locale> preferredLocale();

    /** Whether the user chose the dark theme. */
    boolean prefersDarkTheme();

    void savePreferredLocale(Locale locale);

    void savePrefersDarkTheme(boolean dark);

    /** Whether the user hid the getting-started path. */
    boolean dismissedStartPath();

    /** Hides the getting-started path for the user, or shows it again. */
    void saveDismissedStartPath(boolean dismissed);

    /** The route where the user changes their own password (the user menu links to it). */
    String passwordRoute();

    /** The route where the user turns two-step sign-in on or off (the user bar links to it). */
    String twoStepRoute();

    /**
     * Whether the user signs in with the portal's own password. Only then do the password and two-step entries
     * apply: a user who signs in through a provider has their password and second factor there.
     */
    boolean hasLocalPassword();
}
