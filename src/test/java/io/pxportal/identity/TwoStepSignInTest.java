package io.pxportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two-step sign-in through the real login form and filter chain: the password alone opens no session, the right
 * code does, a wrong or reused code is refused and counted towards the lock-out, and admins can be made to enrol.
 */
@PortalIntegrationTest
class TwoStepSignInTest {

    private static final String ADMIN = "two.step.admin";

    static final String PASSWORD = "two-step-sign-in-Pw-2026";

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    TwoStepService twoStep;

    @Autowired
    SecondFactorLogin secondFactor;

    @Autowired
    AccountPasswordService ownPassword;

    @Autowired
    TotpCodes codes;

    @Autowired
    AppUserRepository users;

    UiSessions browser;

    @BeforeEach
    void openBrowser() {
        browser = new UiSessions(context);
    }

    @AfterEach
    void noAdminRuleAndNoSecondAdmin() {
        TestLogins.as(
                "admin",
                () -> {
                    twoStep.requireForAdmins(false);
                    // Other tests of the shared context count on the demo admin being the only enabled one (the last
                    // admin
                    // can be neither demoted nor disabled), so this test's admin does not stay enabled.
                    userAdmin.page(ADMIN, PageRequest.of(0, 5)).stream()
                            .filter(u -> u.username().equals(ADMIN) && u.enabled())
                            .forEach(u -> userAdmin.update(
                                    u.id(),
                                    new UserDraft(
                                            u.username(),
                                            u.displayName(),
                                            u.email(),
                                            u.roles(),
                                            false,
                                            "",
                                            u.version())));
                    return null;
                },
                Role.ADMIN);
    }

    @Test
    void the_right_password_alone_does_not_sign_in_a_user_with_two_step_sign_in() throws Exception {
        String secret = enrolled("two.step.password.only", Role.FINANCE);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .addFilters(context.getBean("springSecurityFilterChain", jakarta.servlet.Filter.class))
                .build();
        var login = mvc.perform(
                        formLogin("/login").user("two.step.password.only").password(PASSWORD))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/" + SecondFactorLogin.ROUTE);

        MockHttpSession session = browser.login("two.step.password.only", PASSWORD);
        UiSessions.Outcome after = browser.request(session, request -> ownPassword.mustChange());
        assertThat(after.user()).isNull();
        assertThat(after.failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(browser.request(session, request -> secondFactor.awaitedUser())
                        .result())
                .isEqualTo(java.util.Optional.of("two.step.password.only"));
        assertThat(secret).isNotBlank();
    }

    @Test
    void the_right_code_completes_the_sign_in_with_the_users_roles_and_cannot_be_used_again() throws Exception {
        String secret = enrolled("two.step.right.code", Role.FINANCE);
        String code = codes.codeAt(secret, codes.currentStep() + 1);
        MockHttpSession session = browser.login("two.step.right.code", PASSWORD);
        String passwordSessionId = session.getId();

        assertThat(browser.request(session, () -> secondFactor.complete(code)).succeeded())
                .isTrue();

        UiSessions.Outcome after = browser.request(session, request -> request.isUserInRole("FINANCE"));
        assertThat(after.user()).isEqualTo("two.step.right.code");
        assertThat(after.result()).isEqualTo(true);
        assertThat(session.getId()).as("a new session id once signed in").isNotEqualTo(passwordSessionId);
        assertThat(browser.request(
                                session,
                                request ->
                                        SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                                                .map(a -> a.getAuthority())
                                                .toList())
                        .result())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorLogin.TOTP_FACTOR);

        MockHttpSession replay = browser.login("two.step.right.code", PASSWORD);
        UiSessions.Outcome again = browser.request(replay, () -> secondFactor.complete(code));
        assertThat(again.failure())
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("two-step.code-wrong");
        assertThat(browser.request(replay, () -> {}).user()).isNull();
    }

    @Test
    void wrong_codes_are_refused_and_the_fifth_locks_the_account_even_across_new_password_logins() throws Exception {
        String secret = enrolled("two.step.wrong.code", Role.FINANCE);
        String wrong = codes.codeAt(secret, codes.currentStep() + 5);
        for (int attempt = 1; attempt <= 4; attempt++) {
            // A new password login in between gives no new guesses: the password alone resets nothing.
            MockHttpSession session = browser.login("two.step.wrong.code", PASSWORD);
            UiSessions.Outcome refused = browser.request(session, () -> secondFactor.complete(wrong));
            assertThat(((DomainException) refused.failure()).messageKey()).isEqualTo("two-step.code-wrong");
            assertThat(failedLogins("two.step.wrong.code")).isEqualTo(attempt);
        }
        MockHttpSession session = browser.login("two.step.wrong.code", PASSWORD);
        UiSessions.Outcome fifth = browser.request(session, () -> secondFactor.complete(wrong));
        assertThat(((DomainException) fifth.failure()).messageKey()).isEqualTo("login.error.locked");

        UiSessions.Outcome right =
                browser.request(session, () -> secondFactor.complete(codes.codeAt(secret, codes.currentStep())));
        assertThat(((DomainException) right.failure()).messageKey()).isEqualTo("two-step.login.expired");
        assertThat(users.findByUsernameIgnoreCase("two.step.wrong.code")
                        .orElseThrow()
                        .isLockedAt(java.time.Instant.now()))
                .isTrue();
    }

    @Test
    void when_admins_must_use_two_step_an_admin_without_it_must_enrol_and_then_signs_in_with_a_code() throws Exception {
        newUser(ADMIN, Role.ADMIN);
        TestLogins.as(
                "admin",
                () -> {
                    twoStep.requireForAdmins(true);
                    return null;
                },
                Role.ADMIN);

        MockHttpSession session = browser.login(ADMIN, PASSWORD);
        assertThat(browser.request(session, request -> twoStep.mustEnrol()).result())
                .isEqualTo(true);
        TwoStepEnrolment enrolment = (TwoStepEnrolment)
                browser.request(session, request -> twoStep.start()).result();
        assertThat(browser.request(
                                session, () -> twoStep.confirm(codes.codeAt(enrolment.secret(), codes.currentStep())))
                        .succeeded())
                .isTrue();
        assertThat(browser.request(session, request -> twoStep.mustEnrol()).result())
                .isEqualTo(false);
        UiSessions.Outcome disable = browser.request(
                session, () -> twoStep.disable(codes.codeAt(enrolment.secret(), codes.currentStep() + 1)));
        assertThat(((DomainException) disable.failure()).messageKey()).isEqualTo("two-step.required-for-admins");

        MockHttpSession next = browser.login(ADMIN, PASSWORD);
        assertThat(browser.request(next, () -> {}).user()).isNull();
        browser.request(next, () -> secondFactor.complete(codes.codeAt(enrolment.secret(), codes.currentStep() + 1)));
        assertThat(browser.request(next, request -> request.isUserInRole("ADMIN"))
                        .result())
                .isEqualTo(true);
    }

    @Test
    void only_admins_change_the_rule_and_a_user_turns_two_step_off_with_a_new_code() throws Exception {
        newUser("two.step.off", Role.PRODUCT_OWNER);
        MockHttpSession session = browser.login("two.step.off", PASSWORD);
        UiSessions.Outcome rule = browser.request(session, () -> twoStep.requireForAdmins(true));
        assertThat(rule.failure()).isInstanceOf(AccessDeniedException.class);
        TwoStepEnrolment enrolment = (TwoStepEnrolment)
                browser.request(session, request -> twoStep.start()).result();
        String used = codes.codeAt(enrolment.secret(), codes.currentStep());
        assertThat(browser.request(session, () -> twoStep.confirm("000000")).failure())
                .isInstanceOf(DomainException.class);
        assertThat(browser.request(session, () -> twoStep.confirm(used)).succeeded())
                .isTrue();
        assertThat(browser.request(session, request -> twoStep.start()).failure())
                .as("the secret is not shown again")
                .isInstanceOf(DomainException.class);

        UiSessions.Outcome replayed = browser.request(session, () -> twoStep.disable(used));
        assertThat(((DomainException) replayed.failure()).messageKey()).isEqualTo("two-step.code-wrong");
        assertThat(browser.request(
                                session,
                                () -> twoStep.disable(codes.codeAt(enrolment.secret(), codes.currentStep() + 1)))
                        .succeeded())
                .isTrue();

        assertThat(browser.request(session, request -> twoStep.status().enabled())
                        .result())
                .isEqualTo(false);
        assertThat(browser.request(browser.login("two.step.off", PASSWORD), () -> {})
                        .user())
                .as("the password alone signs in again")
                .isEqualTo("two.step.off");
    }

    @Test
    void an_admin_turns_off_the_second_factor_of_a_user_who_lost_their_phone_and_an_auditor_cannot() throws Exception {
        enrolled("two.step.lost.phone", Role.STEERING);
        Long id = users.findByUsernameIgnoreCase("two.step.lost.phone")
                .orElseThrow()
                .getId();
        assertThat(TestLogins.as("auditor", () -> twoStep.isOnFor(id), Role.AUDITOR))
                .isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestLogins.as(
                        "auditor",
                        () -> {
                            twoStep.turnOffFor(id);
                            return null;
                        },
                        Role.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);

        TestLogins.as(
                "admin",
                () -> {
                    twoStep.turnOffFor(id);
                    return null;
                },
                Role.ADMIN);

        assertThat(browser.request(browser.login("two.step.lost.phone", PASSWORD), () -> {})
                        .user())
                .isEqualTo("two.step.lost.phone");
    }

    @Test
    void a_recovery_code_signs_in_once_instead_of_a_code_of_the_app() throws Exception {
        newUser("two.step.recovery", Role.FINANCE);
        MockHttpSession session = browser.login("two.step.recovery", PASSWORD);
        TwoStepEnrolment enrolment = (TwoStepEnrolment)
                browser.request(session, request -> twoStep.start()).result();
        @SuppressWarnings("unchecked")
        java.util.List<String> recovery = (java.util.List<String>) browser.request(
                        session, request -> twoStep.confirm(codes.codeAt(enrolment.secret(), codes.currentStep())))
                .result();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        MockHttpSession next = browser.login("two.step.recovery", PASSWORD);
        String typed = recovery.get(3).toUpperCase(java.util.Locale.ROOT).replace("-", " ");
        assertThat(browser.request(next, () -> secondFactor.complete(typed)).succeeded())
                .isTrue();
        assertThat(browser.request(next, () -> {}).user()).isEqualTo("two.step.recovery");
        assertThat(browser.request(next, request -> twoStep.status().recoveryCodesLeft())
                        .result())
                .isEqualTo(9);

        MockHttpSession again = browser.login("two.step.recovery", PASSWORD);
        UiSessions.Outcome reused = browser.request(again, () -> secondFactor.complete(recovery.get(3)));
        assertThat(((DomainException) reused.failure()).messageKey()).isEqualTo("two-step.code-wrong");
    }

    /** A new user with two-step sign-in on (enrolled with the code of the current step); returns the secret. */
    private String enrolled(String username, Role role) throws Exception {
        newUser(username, role);
        MockHttpSession session = browser.login(username, PASSWORD);
        TwoStepEnrolment enrolment = (TwoStepEnrolment)
                browser.request(session, request -> twoStep.start()).result();
        UiSessions.Outcome confirmed =
                browser.request(session, () -> twoStep.confirm(codes.codeAt(enrolment.secret(), codes.currentStep())));
        assertThat(confirmed.succeeded()).isTrue();
        return enrolment.secret();
    }

    private UserRow newUser(String username, Role role) {
        return TestLogins.as(
                "admin",
                () -> userAdmin.create(
                        new UserDraft(username, "Two-step " + username, null, Set.of(role), true, PASSWORD, null)),
                Role.ADMIN);
    }

    private int failedLogins(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow().getFailedLogins();
    }
}
