package io.pxportal.identity;

import io.pxportal.shared.i18n.Languages;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.security.ShellUser;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The logged-in user's own name, roles, language and theme, as the shell shows and stores them. */
@Service
@Transactional(readOnly = true)
public class AccountPreferences implements ShellUser {

    private final AppUserRepository users;

    AccountPreferences(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public String displayName() {
        return current().map(AppUser::getDisplayName).orElse("");
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Set<Role> roles() {
        return current().map(AppUser::getRoles).orElse(Set.of());
    }

    @Override
    @PreAuthorize("permitAll()")
    public Optional<Locale> preferredLocale() {
        return current()
                .map(AppUser::getLocale)
                .filter(l -> l != null && !l.isBlank())
                .map(Languages::fromTag);
    }

    @Override
    @PreAuthorize("permitAll()")
    public boolean prefersDarkTheme() {
        return current().map(AppUser::isDarkTheme).orElse(false);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void savePreferredLocale(Locale locale) {
        current().ifPresent(u -> u.choosePreferences(locale.toLanguageTag(), u.isDarkTheme()));
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void savePrefersDarkTheme(boolean dark) {
        current().ifPresent(u -> u.choosePreferences(u.getLocale(), dark));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean dismissedStartPath() {
        return current().map(AppUser::isStartPathDismissed).orElse(false);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveDismissedStartPath(boolean dismissed) {
        current().ifPresent(u -> u.dismissStartPath(dismissed));
    }

    @Override
    @PreAuthorize("permitAll()")
    public String passwordRoute() {
        return AccountPasswordService.ROUTE;
    }

    @Override
    @PreAuthorize("permitAll()")
    public String twoStepRoute() {
        return TwoStepService.ROUTE;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public boolean hasLocalPassword() {
        return current().map(AppUser::hasLocalPassword).orElse(true);
    }

    private Optional<AppUser> current() {
        return CurrentUser.username().flatMap(users::findByUsernameIgnoreCase);
    }
}
