package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.TestLogins;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID Connect provider (mock-oauth2-server, inside the test JVM) over real HTTP: the
 * authorization code flow with PKCE, users created from the claims, roles derived from the groups at every sign-in,
 * the refusal of a user with no mapped group, and the provider's logout. Tagged to run in a JVM of its own (pom.xml),
 * as its context differs from the shared one by the provider.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:pxsso;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"})
@Tag("sso")
class SsoSignInTest {

    static final String ISSUER = "corp";
    static final MockOAuth2Server provider = startedProvider();

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    PortalUserDetailsService passwordLogins;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    SsoLogin sso;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    AccountPreferences preferences;

    private static MockOAuth2Server startedProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void corpProvider(DynamicPropertyRegistry registry) {
        registry.add(
                "px.sso.providers.corp.issuer-uri",
                () -> provider.issuerUrl(ISSUER).toString());
        registry.add("px.sso.providers.corp.client-id", () -> "px-portal");
        registry.add("px.sso.providers.corp.client-secret", () -> "portal-secret");
        registry.add("px.sso.providers.corp.display-name", () -> "Corp ID");
        registry.add("px.sso.providers.corp.roles.FINANCE", () -> "px-finance");
        registry.add("px.sso.providers.corp.roles.STEERING", () -> "px-steering,px-board");
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void a_first_sign_in_creates_the_user_from_the_claims_with_the_roles_of_their_groups() throws Exception {
        List<URI> hops = signIn(
                "sub-sofia",
                Map.of(
                        "preferred_username",
                        "sofia.sso",
                        "name",
                        "Sofia Corp",
                        "email",
                        "sofia@corp.example",
                        "groups",
                        List.of("px-finance", "everyone")));

        URI toProvider = hops.get(1);
        assertThat(toProvider.toString())
                .startsWith(provider.issuerUrl(ISSUER).toString())
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
        assertThat(hops.getLast().getPath()).isEqualTo("/");
        AppUser sofia = users.findBySignInProviderAndExternalSubject(ISSUER, "sub-sofia")
                .orElseThrow();
        assertThat(sofia.getUsername()).isEqualTo("sofia.sso");
        assertThat(sofia.getDisplayName()).isEqualTo("Sofia Corp");
        assertThat(sofia.getEmail()).isEqualTo("sofia@corp.example");
        assertThat(sofia.getRoles()).containsExactly(Role.FINANCE);
        assertThat(sofia.hasLocalPassword()).isFalse();
        assertThat(sofia.getLastSignInAt()).isNotNull();
    }

    @Test
    void roles_are_derived_from_the_groups_anew_at_every_sign_in_and_move_the_rights_stamp() throws Exception {
        signIn("sub-pete", Map.of("preferred_username", "pete.sso", "groups", List.of("px-finance")));
        AppUser before =
                users.findBySignInProviderAndExternalSubject(ISSUER, "sub-pete").orElseThrow();
        assertThat(before.getRoles()).containsExactly(Role.FINANCE);

        signIn("sub-pete", Map.of("preferred_username", "pete.sso", "groups", List.of("px-board")));

        AppUser after =
                users.findBySignInProviderAndExternalSubject(ISSUER, "sub-pete").orElseThrow();
        assertThat(after.getRoles()).containsExactly(Role.STEERING);
        assertThat(after.getRightsStamp()).isGreaterThan(before.getRightsStamp());
        assertThat(after.getId()).isEqualTo(before.getId());
    }

    @Test
    void a_user_with_no_mapped_group_is_refused_and_no_user_is_created() throws Exception {
        List<URI> hops =
                signIn("sub-nobody", Map.of("preferred_username", "nobody.sso", "groups", List.of("everyone")));

        assertThat(hops.getLast().getPath()).isEqualTo("/login/refused");
        assertThat(hops.getLast().getQuery()).isEqualTo("provider=corp");
        assertThat(users.findBySignInProviderAndExternalSubject(ISSUER, "sub-nobody"))
                .isEmpty();
    }

    @Test
    void a_user_removed_from_every_mapped_group_is_refused_and_loses_their_roles() throws Exception {
        signIn("sub-gone", Map.of("preferred_username", "gone.sso", "groups", List.of("px-finance")));
        long stamp = users.findBySignInProviderAndExternalSubject(ISSUER, "sub-gone")
                .orElseThrow()
                .getRightsStamp();

        List<URI> hops = signIn("sub-gone", Map.of("preferred_username", "gone.sso", "groups", List.of()));

        assertThat(hops.getLast().getPath()).isEqualTo("/login/refused");
        AppUser gone =
                users.findBySignInProviderAndExternalSubject(ISSUER, "sub-gone").orElseThrow();
        assertThat(gone.getRoles()).isEmpty();
        assertThat(gone.getRightsStamp()).isGreaterThan(stamp);
    }

    @Test
    void a_disabled_user_is_refused_at_the_login_page() throws Exception {
        signIn("sub-off", Map.of("preferred_username", "off.sso", "groups", List.of("px-finance")));
        AppUser off =
                users.findBySignInProviderAndExternalSubject(ISSUER, "sub-off").orElseThrow();
        off.update(off.getDisplayName(), off.getEmail(), off.getRoles(), false);
        users.saveAndFlush(off);

        List<URI> hops = signIn("sub-off", Map.of("preferred_username", "off.sso", "groups", List.of("px-finance")));

        assertThat(hops.getLast().getPath()).isEqualTo("/login");
        assertThat(hops.getLast().getQuery()).isEqualTo("error");
    }

    @Test
    void a_provider_user_never_takes_over_a_portal_account_of_the_same_name() throws Exception {
        Set<Role> adminRoles =
                users.findByUsernameIgnoreCase("admin").orElseThrow().getRoles();

        signIn("sub-fake-admin", Map.of("preferred_username", "admin", "groups", List.of("px-finance")));

        AppUser fromProvider = users.findBySignInProviderAndExternalSubject(ISSUER, "sub-fake-admin")
                .orElseThrow();
        assertThat(fromProvider.getUsername()).isEqualTo("admin@corp");
        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.hasLocalPassword()).isTrue();
        assertThat(admin.getRoles()).isEqualTo(adminRoles);
    }

    @Test
    void a_provider_user_has_no_password_for_the_form_nor_one_an_admin_could_set() throws Exception {
        signIn("sub-nopass", Map.of("preferred_username", "nopass.sso", "groups", List.of("px-finance")));
        AppUser user = users.findBySignInProviderAndExternalSubject(ISSUER, "sub-nopass")
                .orElseThrow();

        assertThatThrownBy(() -> passwordLogins.loadUserByUsername("nopass.sso"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> TestLogins.as(
                        "admin",
                        () -> {
                            userAdmin.resetPassword(user.getId(), "A-long-enough-passphrase-42");
                            return null;
                        },
                        Role.ADMIN))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("user.password.sso");
    }

    @Test
    void the_rule_that_admins_use_two_step_sign_in_binds_local_accounts_and_leaves_provider_admins_to_the_provider() {
        users.saveAndFlush(AppUser.signedInThrough(ISSUER, "sub-boss", "boss.sso", "Boss", null, Set.of(Role.ADMIN)));
        TestLogins.as(
                "admin",
                () -> {
                    twoStep.requireForAdmins(true);
                    return null;
                },
                Role.ADMIN);
        try {
            assertThat(TestLogins.as("admin", twoStep::mustEnrol, Role.ADMIN))
                    .as("a local admin")
                    .isTrue();
            assertThat(TestLogins.as("boss.sso", twoStep::mustEnrol, Role.ADMIN))
                    .as("a provider admin")
                    .isFalse();
            assertThat(TestLogins.as("boss.sso", () -> twoStep.status().required(), Role.ADMIN))
                    .isFalse();
            assertThat(TestLogins.as("boss.sso", preferences::hasLocalPassword, Role.ADMIN))
                    .isFalse();
            assertThat(TestLogins.as("admin", preferences::hasLocalPassword, Role.ADMIN))
                    .isTrue();
            // The portal would never ask a provider user for the code: an authenticator app set up here is refused.
            assertThatThrownBy(() -> TestLogins.as("boss.sso", twoStep::start, Role.ADMIN))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("two-step.provider-user");
        } finally {
            TestLogins.as(
                    "admin",
                    () -> {
                        twoStep.requireForAdmins(false);
                        return null;
                    },
                    Role.ADMIN);
        }
    }

    @Test
    void logout_ends_the_providers_session_too() throws Exception {
        AppUser user = AppUser.signedInThrough(ISSUER, "sub-x", "x.sso", "X", null, Set.of(Role.FINANCE));
        OidcIdToken idToken = new OidcIdToken(
                "the-id-token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of("sub", "sub-x", "iss", provider.issuerUrl(ISSUER).toString()));
        SsoPortalUser principal =
                SsoPortalUser.of(user, new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken));
        Authentication signedIn = new OAuth2AuthenticationToken(principal, principal.getAuthorities(), ISSUER);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
        MockHttpServletResponse response = new MockHttpServletResponse();

        sso.logoutSuccessHandler("/login").orElseThrow().onLogoutSuccess(request, response, signedIn);

        assertThat(response.getRedirectedUrl())
                .startsWith(provider.issuerUrl(ISSUER) + "/endsession")
                .contains("id_token_hint=the-id-token")
                .contains("post_logout_redirect_uri=http://localhost/login");
    }

    /**
     * Follows the browser's way from the portal to the provider and back, the provider answering with a token for
     * {@code subject} with {@code claims}; returns every address visited, the last one where the portal sent the
     * browser in the end.
     */
    private List<URI> signIn(String subject, Map<String, Object> claims) throws IOException, InterruptedException {
        provider.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("px-portal"), claims, 3600));
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<URI> hops = new ArrayList<>();
        URI next = URI.create("http://localhost:" + port + "/oauth2/authorization/" + ISSUER);
        for (int hop = 0; hop < 10 && next != null; hop++) {
            hops.add(next);
            HttpResponse<String> response =
                    browser.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
            URI current = next;
            next = response.statusCode() / 100 == 3
                    ? response.headers()
                            .firstValue("Location")
                            .map(current::resolve)
                            .orElse(null)
                    : null;
            if (next != null && Set.of("/", "/login", "/login/refused").contains(next.getPath())) {
                // Back at one of the portal's pages: the sign-in is over.
                hops.add(next);
                break;
            }
        }
        return hops;
    }
}
