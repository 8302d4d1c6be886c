package io.pxportal.identity;

import io.pxportal.shared.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A provider's groups for a user, and the portal roles they grant under the provider's mapping. */
final class SsoRoleMapping {

    private SsoRoleMapping() {}

    /**
     * The groups in the claim {@code claimName}: a list, or one string of groups separated by spaces or commas. A
     * dotted name reaches into nested objects (Keycloak's {@code realm_access.roles}); a missing claim is no group.
     */
    static Set<String> groups(Map<String, Object> claims, String claimName) {
        Object value = claims;
        for (String part : claimName.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.stream()
                    .filter(g -> g != null)
                    .map(g -> g.toString().trim())
                    .filter(g -> !g.isEmpty())
                    .forEach(groups::add);
        } else if (value instanceof String text) {
            for (String group : text.split("[\\s,]+")) {
                if (!group.isEmpty()) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    /** Every role one of whose groups the user is in; groups are compared exactly, as providers name them. */
    static Set<Role> roles(Map<Role, ? extends Collection<String>> mapping, Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mapping.forEach((role, roleGroups) -> {
            if (roleGroups.stream().map(String::trim).anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }
}
