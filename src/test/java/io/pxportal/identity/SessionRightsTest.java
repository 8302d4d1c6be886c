package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.identity.ui.UsersView;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;

/**
 * A UI session holds the rights its user has now, not those they had at login: the reproductions of a disabled
 * product owner, a demoted admin and a reset password, each in a session opened before the change.
 */
@PortalIntegrationTest
class SessionRightsTest {

    static final String PASSWORD = "session-rights-Pw-2026";
    static final String VENDOR = "Session Rights Vendor";

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AccountPasswordService ownPassword;

    @Autowired
    PlatformService platforms;

    @Autowired
    VendorService vendors;

    @Autowired
    AccessAnnotationChecker accessChecker;

    UiSessions browser;

    @BeforeEach
    void openBrowser() {
        browser = new UiSessions(context);
    }

    @Test
    void a_disabled_product_owner_can_no_longer_save_a_platform_edit_in_the_session_they_had_open() throws Exception {
        UserRow owner = newUser("sess.po.disabled", Role.PRODUCT_OWNER);
        MockHttpSession session = browser.login(owner.username(), PASSWORD);
        PlatformDetails platform = (PlatformDetails)
                browser.request(session, request -> platforms.create(draft("Session platform A", null, null)))
                        .result();
        assertThat(browser.request(session, () -> rename(platform, "Session platform A1"))
                        .succeeded())
                .isTrue();

        asAdmin(() -> userAdmin.update(owner.id(), draftOf(reload(owner), Set.of(Role.PRODUCT_OWNER), false)));

        UiSessions.Outcome edit = browser.request(session, () -> rename(platform, "Session platform A2"));
        assertThat(edit.succeeded()).isFalse();
        assertThat(edit.user()).isNull();
        assertThat(asAdmin(() -> platforms.get(platform.id()).name())).isEqualTo("Session platform A1");
    }

    @Test
    void a_demoted_admin_can_neither_open_the_users_page_nor_create_an_admin_in_the_session_they_had_open()
            throws Exception {
        UserRow admin = newUser("sess.admin.demoted", Role.ADMIN);
        MockHttpSession session = browser.login(admin.username(), PASSWORD);
        assertThat(browser.request(session, request -> accessChecker.hasAccess(UsersView.class, request))
                        .result())
                .isEqualTo(true);

        asAdmin(() -> userAdmin.update(admin.id(), draftOf(reload(admin), Set.of(Role.PRODUCT_OWNER), true)));

        assertThat(browser.request(session, request -> accessChecker.hasAccess(UsersView.class, request))
                        .result())
                .isEqualTo(false);
        UiSessions.Outcome create = browser.request(
                session,
                () -> userAdmin.create(new UserDraft(
                        "sess.made.by.demoted",
                        "Made by a demoted admin",
                        null,
                        Set.of(Role.ADMIN),
                        true,
                        PASSWORD,
                        null)));
        assertThat(create.failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(create.user()).as("the session itself stays open").isEqualTo(admin.username());
        assertThat(asAdmin(() -> userAdmin.count("sess.made.by.demoted"))).isZero();
    }

    @Test
    void after_an_admin_reset_the_old_session_is_refused_and_the_new_password_must_be_changed_first() throws Exception {
        UserRow owner = newUser("sess.po.reset", Role.PRODUCT_OWNER);
        MockHttpSession session = browser.login(owner.username(), PASSWORD);
        PlatformDetails platform = (PlatformDetails)
                browser.request(session, request -> platforms.create(draft("Session platform R", null, null)))
                        .result();

        asAdmin(() -> {
            userAdmin.resetPassword(owner.id(), "admin-chose-this-Pw-1");
            return null;
        });

        UiSessions.Outcome edit = browser.request(session, () -> rename(platform, "Session platform R2"));
        assertThat(edit.succeeded()).isFalse();
        assertThat(edit.user()).isNull();
        MockHttpSession fresh = browser.login(owner.username(), "admin-chose-this-Pw-1");
        assertThat(browser.request(fresh, request -> ownPassword.mustChange()).result())
                .isEqualTo(true);
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_but_not_this_one() throws Exception {
        UserRow user = newUser("sess.self.change", Role.FINANCE);
        MockHttpSession here = browser.login(user.username(), PASSWORD);
        MockHttpSession elsewhere = browser.login(user.username(), PASSWORD);

        UiSessions.Outcome change = browser.request(here, () -> ownPassword.change(PASSWORD, "my-own-new-Pw-2026"));
        assertThat(change.succeeded()).isTrue();

        assertThat(browser.request(here, request -> ownPassword.mustChange()).result())
                .isEqualTo(false);
        assertThat(browser.request(here, () -> {}).user()).isEqualTo(user.username());
        UiSessions.Outcome other = browser.request(elsewhere, request -> ownPassword.mustChange());
        assertThat(other.failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(other.user()).isNull();
        assertThat(browser.login(user.username(), "my-own-new-Pw-2026")).isNotNull();
    }

    @Test
    void a_new_name_or_e_mail_ends_no_session_and_keeps_the_rights() throws Exception {
        UserRow user = newUser("sess.renamed", Role.STEERING);
        MockHttpSession session = browser.login(user.username(), PASSWORD);

        UserRow current = reload(user);
        asAdmin(() -> userAdmin.update(
                user.id(),
                new UserDraft(
                        current.username(),
                        "A new display name",
                        "renamed@example.org",
                        current.roles(),
                        true,
                        "",
                        current.version())));

        UiSessions.Outcome after = browser.request(session, request -> request.isUserInRole("STEERING"));
        assertThat(after.user()).isEqualTo(user.username());
        assertThat(after.result()).isEqualTo(true);
    }

    @Test
    void a_product_owner_removed_from_a_platform_cannot_edit_it_on_the_next_request() throws Exception {
        UserRow owner = newUser("sess.po.owner", Role.PRODUCT_OWNER);
        MockHttpSession session = browser.login(owner.username(), PASSWORD);
        PlatformDetails platform = (PlatformDetails)
                browser.request(session, request -> platforms.create(draft("Session platform O", null, null)))
                        .result();

        asAdmin(() -> {
            PlatformDetails now = platforms.get(platform.id());
            return platforms.update(platform.id(), draft(now.name(), now, Set.of("olena")));
        });

        UiSessions.Outcome edit = browser.request(session, () -> rename(platform, "Session platform O2"));
        assertThat(edit.failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(edit.user()).as("ownership is read live; the session stays").isEqualTo(owner.username());
    }

    private PlatformDetails rename(PlatformDetails platform, String name) {
        PlatformDetails now = platforms.get(platform.id());
        return platforms.update(platform.id(), draft(name, now, null));
    }

    /**
     * A draft of {@code base} (or of a new platform like the first demo platform, but of a vendor of this test's own,
     * so that no demo vendor's platform count changes for the other tests of the shared context) with another name
     * and owners.
     */
    private PlatformDraft draft(String name, PlatformDetails base, Set<String> owners) {
        PlatformDetails template = base != null
                ? base
                : asAdmin(() -> platforms
                        .page(PlatformFilter.all(), PageRequest.of(0, 1))
                        .getFirst());
        Long vendorId = base != null
                ? base.vendor().id()
                : asAdmin(() -> vendors.findByName(VENDOR)
                        .map(VendorRef::id)
                        .orElseGet(
                                () -> vendors.create(new VendorDraft(VENDOR, "DE", null, null, null, List.of(), null))
                                        .id()));
        Set<String> ownerNames = owners != null
                ? owners
                : base == null
                        ? Set.of()
                        : base.owners().stream().map(o -> o.username()).collect(Collectors.toSet());
        return new PlatformDraft(
                name,
                vendorId,
                template.product(),
                template.productVersion(),
                template.deployment(),
                template.lifecycle(),
                template.environments(),
                template.businessUnits(),
                ownerNames,
                template.notes(),
                base == null ? null : base.version());
    }

    private UserRow newUser(String username, Role role) {
        return asAdmin(() -> userAdmin.create(
                new UserDraft(username, "Session test " + username, null, Set.of(role), true, PASSWORD, null)));
    }

    private UserRow reload(UserRow user) {
        return asAdmin(() -> userAdmin.page(user.username(), PageRequest.of(0, 5)).stream()
                .filter(u -> u.id().equals(user.id()))
                .findFirst()
                .orElseThrow());
    }

    private static UserDraft draftOf(UserRow user, Set<Role> roles, boolean enabled) {
        return new UserDraft(user.username(), user.displayName(), user.email(), roles, enabled, "", user.version());
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return TestLogins.as("admin", work, Role.ADMIN);
    }
}
