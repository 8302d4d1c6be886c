package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoRoleMappingTest {

    private static final Map<Role, List<String>> MAPPING = Map.of(
            Role.FINANCE, List.of("px-finance"),
            Role.STEERING, List.of("px-steering", " px-board "),
            Role.ADMIN, List.of("px-admins"));

    @Test
    void each_role_is_granted_by_any_of_its_groups_and_unmapped_groups_grant_nothing() {
        assertThat(SsoRoleMapping.roles(MAPPING, Set.of("px-finance", "everyone")))
                .containsExactly(Role.FINANCE);
        assertThat(SsoRoleMapping.roles(MAPPING, Set.of("px-board", "px-finance")))
                .containsExactlyInAnyOrder(Role.FINANCE, Role.STEERING);
        assertThat(SsoRoleMapping.roles(MAPPING, Set.of("everyone", "PX-ADMINS")))
                .isEmpty();
        assertThat(SsoRoleMapping.roles(MAPPING, Set.of())).isEmpty();
    }

    @Test
    void groups_are_read_from_a_list_a_string_or_a_nested_claim() {
        assertThat(SsoRoleMapping.groups(Map.of("groups", List.of("a", " b ", "")), "groups"))
                .containsExactly("a", "b");
        assertThat(SsoRoleMapping.groups(Map.of("groups", "a b,c"), "groups")).containsExactly("a", "b", "c");
        assertThat(SsoRoleMapping.groups(
                        Map.of("realm_access", Map.of("roles", List.of("px-finance"))), "realm_access.roles"))
                .containsExactly("px-finance");
    }

    @Test
    void a_missing_or_odd_claim_is_no_group() {
        assertThat(SsoRoleMapping.groups(Map.of(), "groups")).isEmpty();
        assertThat(SsoRoleMapping.groups(Map.of("groups", 42), "groups")).isEmpty();
        assertThat(SsoRoleMapping.groups(Map.of("realm_access", "x"), "realm_access.roles"))
                .isEmpty();
    }
}
