package io.pxportal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in a real browser: the login page's "Sign in with …" button leads to an OpenID Connect provider's
 * own login page (mock-oauth2-server's interactive login, inside the test JVM), where the test types the user and
 * the groups the provider would assert. The portal is a public client here, so the code is protected by PKCE alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SsoBrowserIT {

    private static final MockOAuth2Server provider = startedProvider();

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    private Page page;

    private static MockOAuth2Server startedProvider() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void corpProvider(DynamicPropertyRegistry registry) {
        registry.add(
                "px.sso.providers.corp.issuer-uri",
                () -> provider.issuerUrl("corp").toString());
        registry.add("px.sso.providers.corp.client-id", () -> "px-portal");
        registry.add("px.sso.providers.corp.display-name", () -> "Corp ID");
        registry.add("px.sso.providers.corp.roles.FINANCE", () -> "px-finance");
        registry.add("px.sso.providers.corp.roles.STEERING", () -> "px-steering");
    }

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch(15_000);
        browser = chromium.browser();
    }

    @AfterAll
    static void closeBrowserAndProvider() {
        if (chromium != null) {
            chromium.close();
        }
        provider.shutdown();
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 860)
                .setLocale("en-GB")
                .setTimezoneId("Europe/Berlin"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void a_finance_user_signs_in_through_the_provider_and_loses_the_role_when_removed_from_the_group() {
        signInThroughProvider(
                "sofia-corp",
                "{\"preferred_username\": \"sofia.corp\", \"name\": \"Sofia Corp\", "
                        + "\"groups\": [\"px-finance\"]}");

        assertThat(page.locator("#current-user")).containsText("Sofia Corp");
        assertThat(menuItem("import")).hasCount(1);
        assertThat(menuItem("admin/users")).hasCount(0);
        menuItem("finance/settings").click();
        page.locator("#finance-settings-tab").click();
        assertThat(page.locator("#settings-save")).isVisible();
        page.navigate(url("/admin/users"));
        assertThat(page.locator("#users-grid")).hasCount(0);

        page.navigate(url("/"));
        // A click event on the button itself: in development mode Vaadin's Copilot layer covers the page's corner.
        page.locator("#logout").dispatchEvent("click");
        // The provider's session ends too (RP-initiated logout), and the provider sends the browser back.
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("#sso-corp")).isVisible();

        signInThroughProvider(
                "sofia-corp",
                "{\"preferred_username\": \"sofia.corp\", \"name\": \"Sofia Corp\", "
                        + "\"groups\": [\"px-steering\"]}");

        assertThat(page.locator("#current-user")).containsText("Sofia Corp");
        assertThat(menuItem("import")).hasCount(0);
        menuItem("finance/settings").click();
        page.locator("#finance-settings-tab").click();
        assertThat(page.locator("#settings-currency")).isVisible();
        assertThat(page.locator("#settings-save")).isHidden();
    }

    @Test
    void a_user_in_no_mapped_group_sees_the_refusal_page_and_gets_no_session() {
        page.navigate(url("/login"));
        page.locator("#sso-corp").click();
        fillProviderLogin("nobody-corp", "{\"preferred_username\": \"nobody.corp\", \"groups\": [\"everyone\"]}");

        assertThat(page).hasURL(Pattern.compile(".*/login/refused\\?provider=corp"));
        assertThat(page.locator("#sso-refused-reason"))
                .hasText("You signed in at Corp ID, but none of your groups there gives you a role in PX Portal.");

        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void signInThroughProvider(String subject, String claims) {
        page.navigate(url("/login"));
        assertThat(page.locator("input[name=username]")).isVisible();
        assertThat(page.locator("#sso-corp")).hasText("Sign in with Corp ID");
        page.locator("#sso-corp").click();
        fillProviderLogin(subject, claims);
        assertThat(page.locator("#portfolio-view")).isVisible();
    }

    private void fillProviderLogin(String subject, String claims) {
        // The provider's own login page (Playwright hands the pattern to the browser, which knows no \Q…\E).
        assertThat(page)
                .hasURL(Pattern.compile("http://localhost:" + provider.baseUrl().port() + "/corp/authorize.*"));
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claims);
        page.locator("input[type=submit]").click();
    }

    private Locator menuItem(String path) {
        return page.locator("#main-menu vaadin-side-nav-item[path='" + path + "']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
