package io.pxportal.governance;

import io.pxportal.identity.UserDirectory;
import io.pxportal.identity.UserRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviews, decisions and actions keep login names; people read display names ("Olena Kovalenko", not "olena").
 * Each name is looked up once; a name without an account (a deleted user) stays as it was recorded.
 */
public final class PeopleNames {

    private final UserDirectory users;
    private final Map<String, String> known = new HashMap<>();

    public PeopleNames(UserDirectory users) {
        this.users = users;
    }

    /** The display name of {@code username}, or the name itself when nobody has it. */
    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(
                username,
                name -> Optional.ofNullable(users.byUsernames(Set.of(name)).get(name))
                        .map(UserRef::displayName)
                        .filter(shown -> !shown.isBlank())
                        .orElse(name));
    }

    /** Several people, by display name, comma separated. */
    public String all(Collection<String> usernames) {
        return usernames.stream().map(this::of).collect(Collectors.joining(", "));
    }
}
