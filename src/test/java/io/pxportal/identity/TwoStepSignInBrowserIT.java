package io.pxportal.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import io.pxportal.HeadlessChromium;
import io.pxportal.TestLogins;
import io.pxportal.shared.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two-step sign-in in a real browser (headless Chromium through Playwright): a user enrols from the user bar with a
 * code computed from the secret the page shows, signs out, and signs in again with the password and a code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TwoStepSignInBrowserIT {

    private static final String USER = "it.two.step";
    private static final String FIRST_PASSWORD = "admin-chose-this-Pw-2026";
    private static final String PASSWORD = "my-own-two-step-Pw-2026";

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @Autowired
    private UserAdminService userAdmin;

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch(20_000);
        browser = chromium.browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_user_enrols_an_authenticator_app_and_signs_in_with_password_and_code() throws Exception {
        TestLogins.as(
                "admin",
                () -> userAdmin.create(new UserDraft(
                        USER, "Two-step browser user", null, Set.of(Role.FINANCE), true, FIRST_PASSWORD, null)),
                Role.ADMIN);
        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("en-GB"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();

            logIn(page, FIRST_PASSWORD);
            assertThat(page.locator("#change-password-view")).isVisible();
            page.locator("#account-current-password input").fill(FIRST_PASSWORD);
            page.locator("#account-new-password input").fill(PASSWORD);
            page.locator("#account-repeat-password input").fill(PASSWORD);
            page.locator("#account-change-password").click();
            assertThat(page.locator("#portfolio-view")).isVisible();

            page.locator("#two-step").click();
            assertThat(page.locator("#two-step-view")).isVisible();
            page.locator("#two-step-start").click();
            assertThat(page.locator("#two-step-qr")).isVisible();
            String secret = page.locator("#two-step-secret").innerText().strip();
            long step = currentStep();
            page.locator("#two-step-confirm-code input").fill(code(secret, step));
            page.locator("#two-step-confirm").click();
            assertThat(page.locator("#two-step-on")).isVisible();
            assertThat(page.locator("#two-step-recovery-codes li")).hasCount(10);
            assertThat(page.locator("#two-step-secret")).hasCount(0);

            page.locator("#logout").click();
            assertThat(page.locator("input[name=username]")).isVisible();

            logIn(page, PASSWORD);
            assertThat(page.locator("#second-factor-view")).isVisible();
            assertThat(page.locator("#portfolio-view")).isHidden();
            page.locator("#second-factor-code input").fill("000000");
            page.locator("#second-factor-verify").click();
            assertThat(page.locator("#second-factor-code[invalid]")).isVisible();
            // The enrolment used this step's code; the next step's is within the window and not yet used.
            page.locator("#second-factor-code input").fill(code(secret, step + 1));
            page.locator("#second-factor-verify").click();
            assertThat(page.locator("#portfolio-view")).isVisible();
            assertThat(page.locator("#current-user")).containsText("Two-step browser user");
        }
    }

    private void logIn(Page page, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(USER);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / TotpCodes.PERIOD_SECONDS;
    }

    /** The code an authenticator app shows, from the same library the portal uses. */
    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator().generate(secret, step);
    }
}
