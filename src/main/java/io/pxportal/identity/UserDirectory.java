package io.pxportal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for other modules: look-ups by id and name, and the users who can own a platform. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserDirectory {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** The id of the logged-in user's account, if it exists. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> idOf(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::getId);
    }

    /** Users by login name, keyed by it; unknown names are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, UserRef> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .map(UserDirectory::toRef)
                .collect(Collectors.toMap(UserRef::username, Function.identity()));
    }

    /** Enabled product owners, by name: the people who can be made owner of a platform. */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> productOwners() {
        return users.findProductOwners().stream().map(UserDirectory::toRef).toList();
    }

    /** Enabled users, by name: the people who can attend a review or own an action. */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> enabledUsers() {
        return users.findEnabled().stream().map(UserDirectory::toRef).toList();
    }

    /** How to reach an enabled user by e-mail, in their language. */
    @PreAuthorize("isAuthenticated()")
    public Optional<UserContact> contact(String username) {
        return users.findByUsernameIgnoreCase(username)
                .filter(AppUser::isEnabled)
                .map(u -> new UserContact(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getEmail(),
                        io.pxportal.shared.i18n.Languages.fromTag(u.getLocale())));
    }

    static UserRef toRef(AppUser user) {
        return new UserRef(user.getId(), user.getUsername(), user.getDisplayName());
    }
}
