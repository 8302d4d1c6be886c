package io.pxportal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.pxportal.shared.i18n.Formats;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new customer's first day, in a real browser: the production profile on an empty PostgreSQL, the admin from the
 * environment, and from there only the UI — users for every role, the team's own spreadsheets and a vendor portal's
 * ticket export through the import wizard, a business calendar, an SLA policy and the roadmap weights through their
 * forms — up to a closed steering review whose PDF pack is read back. Every figure the pack must show is computed here
 * from the files this test writes, by the rules of docs/scoring.md, never by asking the portal's engines.
 *
 * <p>The files look like a team's, not like the portal's templates: their own header names (matched by the aliases),
 * German dates and amounts with semicolons and a byte-order mark, a budget workbook written as XLSX, and a
 * ServiceNow-style ticket export without a platform column, given one platform for the whole file in the mapping step.
 * Screenshots of the path go to {@code target/screenshots/first-day-*.png} (and {@code -Dpx.screenshots.dir}); they
 * illustrate docs/getting-started.md.
 */
// A free management port: the prod profile's default (8081) may be taken by another test JVM or the portal itself.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("prod")
class FirstDayBrowserIT {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String ADMIN = "portal-admin";
    private static final String ADMIN_PASSWORD = "Admin-first-day-2026!";
    private static final String PASSWORD = "Welcome-to-the-portal-26";

    /** A slow, shared machine: a view's first request compiles and renders it, an import runs in the background. */
    private static final double WAIT = 60_000;

    private static final double BACKGROUND = 180_000;

    private static final String VENDOR = "Nordlicht Software GmbH";
    private static final String PRODUCT = "Nordlicht Compose";
    private static final String PLATFORM = "Customer Letters Hub";
    private static final String CONTRACT = "NL-2026-014";
    private static final String OWNER = "anna.po";
    private static final String STEERING = "clara.steering";

    /** The ticket export's clocks: P1 under the default policy, 60 minutes to respond, 8 hours to resolve, 24x7. */
    private static final int P1_RESPONSE_MINUTES = 60;

    private static final int P1_RESOLUTION_MINUTES = 8 * 60;

    /** The figures the files give, computed below from the same numbers the files are written from. */
    private static final int ENTITLED_USERS = 200;

    private static final BigDecimal UNIT_PRICE = new BigDecimal("300.00");
    private static final BigDecimal OVERAGE_PRICE = new BigDecimal("450.00");
    private static final int USERS_AT_QUARTER_START = 180;
    private static final int USERS_TODAY = 250;

    static final EmbeddedPostgres POSTGRES = EmbeddedPostgresServer.start();

    /** The production profile's settings, as an operator gives them in the environment. */
    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("PX_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("PX_DB_USER", () -> "postgres");
        registry.add("PX_DB_PASSWORD", () -> "");
        // Plain http in the test: a secure-only session cookie would never come back.
        registry.add("PX_SECURE_COOKIES", () -> "false");
        registry.add("px.admin.username", () -> ADMIN);
        registry.add("px.admin.password", () -> ADMIN_PASSWORD);
    }

    private static HeadlessChromium chromium;
    private static Browser browser;

    @LocalServerPort
    private int port;

    @TempDir
    Path files;

    private BrowserContext context;
    private Page page;

    private final LocalDate today = LocalDate.now();
    private final LocalDate quarterStart =
            today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    private final LocalDate lastQuarterStart = quarterStart.minusMonths(3);

    @BeforeAll
    static void launchBrowser() {
        chromium = HeadlessChromium.launch(WAIT);
        browser = chromium.browser();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        POSTGRES.close();
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 860)
                .setLocale("en-GB")
                .setTimezoneId("Europe/Berlin")
                .setAcceptDownloads(true));
        context.setDefaultTimeout(WAIT);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void fromAnEmptyPortalToAClosedSteeringReviewWithTheTeamsOwnFiles() throws IOException {
        logIn(ADMIN, ADMIN_PASSWORD);
        // The empty portal opens with the getting-started path, every step still to do.
        assertThat(page.locator("#start-path")).isVisible();
        assertThat(page.locator("#start-progress")).hasText("0 of " + STEPS.size() + " steps done");
        for (String step : STEPS) {
            assertStep(step, "not-started");
        }
        screenshot("first-day-start");

        createUsers();
        page.navigate(url("/"));
        assertStep("users", "done");
        assertStep("vendors", "not-started");

        // Records in dependency order, each from the file a team keeps for it.
        importFile("Vendors", vendors(), true, Map.of(), VENDOR, 1);
        importFile("Platforms", platforms(), true, Map.of(), PLATFORM, 1);
        importFile("Contracts", contracts(), true, Map.of(), CONTRACT, 1);
        importFile("Entitlements", entitlements(), true, Map.of(), "Named", 1);
        importFile(
                "Usage measurements",
                usage(),
                true,
                Map.of(),
                PLATFORM,
                usageRows().size());
        importFile("Budgets", budgets(), false, Map.of(), PLATFORM, 2);
        importFile("Cost lines", costLines(), true, Map.of(), "INV-", 3);
        importFile("Strategic objectives", objectives(), true, Map.of(), "CLOUD", 2);
        setRoadmapWeights();
        importFile("Vendor roadmap items", roadmapItems(), true, Map.of(), "WhatsApp", 2);
        importFile("Alignment ratings", ratings(), true, Map.of(), "CLOUD", 3);
        importFile("Experience observations", observations(), true, Map.of(), "cx.csat", OBSERVED.size());

        // The vendor's clocks must be known before its tickets come in: they are timed as they are imported.
        createCalendarAndPolicy();
        importFile(
                "Vendor tickets",
                ticketExport(),
                false,
                Map.of("platform", PLATFORM),
                "INC0010001",
                tickets().size());
        page.navigate(url("/support"));
        assertThat(cell("#tickets-grid", "INC0010010")).isVisible();
        screenshot("first-day-tickets");

        // Everything but the review is set up: the path says so, step by step.
        page.navigate(url("/"));
        for (String step : STEPS.subList(0, STEPS.size() - 1)) {
            assertStep(step, "done");
        }
        assertStep("review", "not-started");
        assertThat(page.locator("#start-progress")).hasText((STEPS.size() - 1) + " of " + STEPS.size() + " steps done");
        screenshot("first-day-path", page.locator("#start-path"));

        Path pack = holdAndCloseReview();
        assertPackShowsTheFiguresOfTheFiles(pack);

        // With a closed review every step is done, and the path leaves the portfolio page by itself.
        page.navigate(url("/"));
        assertThat(page.locator("#portfolio-view")).containsText(PLATFORM);
        assertThat(page.locator("#start-path")).isHidden();
        screenshot("first-day-portfolio");
    }

    /** The getting-started path's steps, in their order (docs/getting-started.md). */
    private static final List<String> STEPS = List.of(
            "users",
            "vendors",
            "platforms",
            "contracts",
            "licences",
            "sla",
            "budgets",
            "rates",
            "roadmap",
            "experience",
            "review");

    private void assertStep(String step, String state) {
        assertThat(page.locator("#start-step-" + step)).hasClass(Pattern.compile("\\bpx-start-" + state + "\\b"));
    }

    // --- the walk ------------------------------------------------------------------------------------------------

    private void createUsers() {
        menuItem("admin/users").click();
        assertThat(cell("#users-grid", ADMIN)).isVisible();
        createUser("erik.admin", "Erik Admin", "Admin");
        createUser(OWNER, "Anna Product Owner", "Product owner");
        createUser("ben.finance", "Ben Finance", "Finance");
        createUser(STEERING, "Clara Steering", "Steering committee");
        createUser("dan.audit", "Dan Auditor", "Auditor");
        assertThat(cell("#users-grid", "Dan Auditor")).isVisible();
        screenshot("first-day-users");
    }

    private void createUser(String username, String displayName, String role) {
        page.locator("#users-new").click();
        Locator dialog = page.locator("#editor-dialog");
        dialog.locator("#user-username input").fill(username);
        dialog.locator("#user-display-name input").fill(displayName);
        dialog.locator("#user-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText(exactly(role)))
                .locator("input")
                .check();
        dialog.locator("#user-password input").fill(PASSWORD);
        page.locator("#editor-save").click();
        assertThat(dialog).isHidden();
        assertThat(cell("#users-grid", displayName)).isVisible();
    }

    private void setRoadmapWeights() {
        page.navigate(url("/roadmap/objectives"));
        assertThat(cell("#roadmap-objectives-grid", "CLOUD")).isVisible();
        page.locator("#roadmap-weights-change").click();
        page.locator("#roadmap-weight-CLOUD input").fill("60");
        page.locator("#roadmap-weight-OMNI input").fill("40");
        screenshot("first-day-weights");
        page.locator("#roadmap-weights-save").click();
        assertThat(page.locator("#roadmap-weights-dialog")).isHidden();
    }

    private void createCalendarAndPolicy() {
        page.navigate(url("/support"));
        supportTab("Business calendars");
        page.locator("#calendars-new").click();
        page.locator("#calendar-name input").fill("Berlin office");
        page.locator("#calendar-zone input").fill("Europe/Berl");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Europe/Berlin"))
                .first()
                .click();
        for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
            page.locator("#calendar-" + day + "-works input").check();
        }
        page.locator("#editor-save").click();
        assertThat(cell("#calendars-grid", "Berlin office")).isVisible();

        supportTab("SLA policies");
        page.locator("#policies-new").click();
        page.locator("#policy-name input").fill("Nordlicht standard support");
        page.locator("#policy-contract input").fill(CONTRACT);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(CONTRACT))
                .first()
                .click();
        page.locator("#policy-calendar input").fill("Berlin");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Berlin office"))
                .first()
                .click();
        // The policy keeps the form's defaults: P1 is answered within an hour and fixed within 8, round the clock.
        assertThat(page.locator("#policy-p1-response input")).hasValue(String.valueOf(P1_RESPONSE_MINUTES));
        assertThat(page.locator("#policy-p1-resolution input")).hasValue(String.valueOf(P1_RESOLUTION_MINUTES));
        assertThat(page.locator("#policy-p1-response-clock input")).hasValue("calendar time (24×7)");
        assertThat(page.locator("#policy-p1-resolution-clock input")).hasValue("calendar time (24×7)");
        screenshot("first-day-sla-policy");
        page.locator("#editor-save").click();
        assertThat(cell("#policies-grid", "Nordlicht standard support")).isVisible();
    }

    private Path holdAndCloseReview() throws IOException {
        page.navigate(url("/reviews"));
        page.locator("#reviews-new").click();
        page.locator("#review-title input").fill("First steering review");
        // The browser is British (en-GB): the date picker reads the date as the region writes it, day/month/year.
        page.locator("#review-held-on input").fill(today.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        page.locator("#review-held-on input").press("Enter");
        page.locator("#review-platforms input").fill("Customer");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(PLATFORM))
                .first()
                .click();
        // Tab leaves the multi-select with its overlay closed (a click elsewhere lands on the dialog's backdrop).
        page.locator("#review-platforms input").press("Tab");
        page.locator("#review-attendees input").fill("Clara");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("Clara Steering"))
                .first()
                .click();
        page.locator("#review-attendees input").press("Tab");
        screenshot("first-day-review-new");
        page.locator("#editor-save").click();

        // Saved, the review opens with its agenda computed from the live records.
        assertThat(page.locator("#review-status")).hasText("Planned");
        // Held on the day typed, read as the British write it (not the 12th of July for 12/7).
        assertThat(page.locator("#review-agenda")).containsText("figures as of " + Formats.date(today, Locale.UK));
        assertThat(page.locator("#review-agenda")).containsText(PLATFORM);
        assertThat(page.locator("#agenda-licences")).isVisible();
        assertThat(page.locator("#agenda-sla")).isVisible();
        assertThat(page.locator("#agenda-budget")).isVisible();
        assertThat(page.locator("#agenda-roadmap")).isVisible();
        assertThat(page.locator("#agenda-scorecard")).isVisible();
        screenshot("first-day-review-agenda");

        page.locator("#review-close").click();
        page.locator("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .click();
        assertThat(page.locator("#review-status")).hasText("Closed");
        Locator download = page.locator("#review-pack");
        assertThat(download).isVisible();
        screenshot("first-day-review-closed");
        // One click: the link renders the pack when the browser asks for it.
        Download pdf = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(BACKGROUND), download::click);
        Path file = SCREENSHOTS.resolve("first-day-steering-pack.pdf");
        pdf.saveAs(file);
        return file;
    }

    // --- the figures -----------------------------------------------------------------------------------------------

    private void assertPackShowsTheFiguresOfTheFiles(Path pack) throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pack))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Steering pack", PLATFORM);

        // Licence position: the peak of the named-user counts against the entitlement, the gap at the overage price.
        int peak = usageRows().stream().mapToInt(UsageRow::users).max().orElseThrow();
        int shortfall = peak - ENTITLED_USERS;
        BigDecimal exposure = OVERAGE_PRICE.multiply(BigDecimal.valueOf(shortfall));
        BigDecimal utilisation = percent(peak, ENTITLED_USERS);
        String licences = section(text, "Licence position: shortfalls and shelfware");
        assertFigures(
                licences,
                PLATFORM,
                number(BigDecimal.valueOf(ENTITLED_USERS)),
                number(BigDecimal.valueOf(peak)),
                number(utilisation) + " %",
                money(exposure));

        // SLA compliance of the quarter before the review: decided clocks met / decided, from the export's times.
        List<Ticket> tickets = tickets();
        long responded = tickets.stream()
                .filter(t -> t.responseMinutes() <= P1_RESPONSE_MINUTES)
                .count();
        long resolved = tickets.stream()
                .filter(t -> t.resolutionMinutes() <= P1_RESOLUTION_MINUTES)
                .count();
        BigDecimal response = percent(responded, tickets.size());
        BigDecimal resolution = percent(resolved, tickets.size());
        String sla = section(text, "SLA compliance, uptime and service credits");
        assertFigures(
                sla, PLATFORM + " · " + quarter(lastQuarterStart), number(response) + " %", number(resolution) + " %");

        // Spend vs budget of the fiscal year (calendar years, the portal's default): actual + committed − budget.
        BigDecimal budget = budgetRows().stream().map(BudgetRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal actual = costRows().stream()
                .filter(c -> c.kind().equals("Actual"))
                .map(CostRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal committed = costRows().stream()
                .filter(c -> c.kind().equals("Committed"))
                .map(CostRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal variance = actual.add(committed).subtract(budget);
        BigDecimal variancePercent = variance.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
        // The full-year outlook: actual + committed + the contract's open months (none left: the three lines booked
        // against it exceed its cost over the year, 60,000 from the quarter's start) + the true-up of the named-user
        // shortfall, which falls in the fiscal year its contract year ends in.
        LocalDate contractYearEnd = quarterStart.plusYears(1).minusDays(1);
        BigDecimal trueUp = contractYearEnd.getYear() == today.getYear() ? exposure : BigDecimal.ZERO;
        BigDecimal outlook = actual.add(committed).add(trueUp);
        String finance = section(text, "Spend vs budget and forecast");
        assertFigures(
                finance,
                PLATFORM + " · " + today.getYear(),
                money(budget),
                money(actual),
                money(committed),
                money(variance),
                number(variancePercent) + " %",
                "Full-year outlook " + money(outlook),
                "Outlook vs budget " + money(outlook.subtract(budget)));

        // Roadmap fit of the review's quarter: Σ weight × coverage / Σ weight × 100, coverage = rating × confidence /
        // 2.
        BigDecimal cloud = coverage(2, "1.0");
        BigDecimal omni = coverage(1, "0.6");
        BigDecimal fit = BigDecimal.valueOf(60)
                .multiply(cloud)
                .add(BigDecimal.valueOf(40).multiply(omni))
                .divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(100))
                .setScale(1, RoundingMode.HALF_UP);
        String roadmap = section(text, "Roadmap fit and slipped roadmap items");
        assertThat(roadmap)
                .containsPattern(Pattern.quote(PLATFORM + " · " + quarter(today) + " " + number(fit)) + "(?![0-9.,])");

        // PX of the quarter before the review. That quarter had only the ticket export's data: the contract, its
        // licences, costs and roadmap all start in the review's quarter, so the support pillar alone has data and
        // PX is its score: the weighted mean of response (floor 70, target 98, weight 25), resolution (60 → 95, 25)
        // and the aged backlog (10 → 0, 15; every ticket was resolved the day it was opened: 0).
        BigDecimal px = weightedMean(List.of(
                new BigDecimal[] {score(response, 70, 98), BigDecimal.valueOf(25)},
                new BigDecimal[] {score(resolution, 60, 95), BigDecimal.valueOf(25)},
                new BigDecimal[] {score(BigDecimal.ZERO, 10, 0), BigDecimal.valueOf(15)}));
        String scorecard = section(text, "Experience scorecard and its drivers");
        assertThat(scorecard).contains(PLATFORM + " · " + quarter(lastQuarterStart));
        assertThat(scorecard).containsPattern("Product owner \\(PX\\) " + Pattern.quote(number(px)) + "(?![0-9])");
    }

    /** The text of one agenda section of the pack: from its heading to the next section's. */
    private static String section(String text, String heading) {
        List<String> headings = List.of(
                "Experience scorecard and its drivers",
                "Renewals that need a decision",
                "Licence position: shortfalls and shelfware",
                "SLA compliance, uptime and service credits",
                "Spend vs budget and forecast",
                "Roadmap fit and slipped roadmap items",
                "Decisions");
        int from = text.indexOf(heading);
        assertThat(from).as("the pack's section %s", heading).isNotNegative();
        int to = headings.stream()
                .mapToInt(text::indexOf)
                .filter(i -> i > from)
                .min()
                .orElse(text.length());
        return text.substring(from, to);
    }

    /**
     * The section shows each figure. Compared without white space: a table cell too narrow for an amount breaks it
     * over two lines, which the PDF's text then reads as a space.
     */
    private static void assertFigures(String section, String... figures) {
        String compact = section.replaceAll("\\s+", "");
        for (String figure : figures) {
            assertThat(compact).as("%s in: %s", figure, section).contains(figure.replaceAll("\\s+", ""));
        }
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal coverage(int rating, String confidence) {
        return BigDecimal.valueOf(rating).multiply(new BigDecimal(confidence)).divide(BigDecimal.valueOf(2));
    }

    /** A metric's score: clamp((v − floor) / (target − floor), 0, 1) × 100. */
    private static BigDecimal score(BigDecimal value, int floor, int target) {
        BigDecimal fraction = value.subtract(BigDecimal.valueOf(floor))
                .divide(BigDecimal.valueOf(target - floor), 10, RoundingMode.HALF_UP);
        return fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
    }

    private static BigDecimal weightedMean(List<BigDecimal[]> scoresAndWeights) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (BigDecimal[] sw : scoresAndWeights) {
            sum = sum.add(sw[0].multiply(sw[1]));
            weights = weights.add(sw[1]);
        }
        return sum.divide(weights, 1, RoundingMode.HALF_UP);
    }

    /** As the pack writes a number for an English reader (formatting only; the figure is computed above). */
    private static String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.ENGLISH).format(value);
    }

    private static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    private static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    // --- the files ------------------------------------------------------------------------------------------------

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private String german(LocalDate date) {
        return date.format(GERMAN_DATE);
    }

    private static String german(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A spreadsheet saved as "CSV UTF-8 (semicolon)" by a German Excel: byte-order mark, semicolons, CRLF. */
    private Path spreadsheet(String name, String... lines) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private Path vendors() throws IOException {
        return spreadsheet(
                "Lieferanten.csv",
                "Supplier;Country code;Web;AM;Remarks",
                VENDOR + ";DE;https://www.nordlicht-software.example;Jonas Weber;Quarterly service review in Hamburg");
    }

    private Path platforms() throws IOException {
        return spreadsheet(
                "CCM-Plattformen.csv",
                "Platform name;Supplier;CCM product;Release;Hosting;Stage;Product owner;BU",
                PLATFORM + ";" + VENDOR + ";" + PRODUCT + ";7.2;SaaS;Sustain;" + OWNER + ";Retail, Insurance");
    }

    private Path contracts() throws IOException {
        return spreadsheet(
                "Verträge.csv",
                "Contract no;Subject;Supplier;Platform;Owner;Effective date;Initial term;Renewal type;Currency;"
                        + "Annual cost",
                CONTRACT + ";Compose SaaS subscription and support;" + VENDOR + ";" + PLATFORM + ";" + OWNER + ";"
                        + german(quarterStart) + ";36;Does not renew;EUR;" + german(new BigDecimal("60000")));
    }

    private Path entitlements() throws IOException {
        return spreadsheet(
                "Lizenzen.csv",
                "Contract no;Platform name;Module;Licence type;Entitled;List price;Overage",
                CONTRACT + ";" + PLATFORM + ";Compose Designer;Named users;" + ENTITLED_USERS + ";" + german(UNIT_PRICE)
                        + ";" + german(OVERAGE_PRICE));
    }

    private record UsageRow(LocalDate day, int users) {}

    /** The named-user counts: at the contract's start, and today (one row when both are the same day). */
    private List<UsageRow> usageRows() {
        return today.equals(quarterStart)
                ? List.of(new UsageRow(today, USERS_TODAY))
                : List.of(new UsageRow(quarterStart, USERS_AT_QUARTER_START), new UsageRow(today, USERS_TODAY));
    }

    private Path usage() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Platform name;Unit;Env;Measured on;Count"));
        usageRows().forEach(u -> lines.add(PLATFORM + ";Named users;Production;" + german(u.day()) + ";" + u.users()));
        return spreadsheet("Nutzung.csv", lines.toArray(String[]::new));
    }

    private record BudgetRow(String category, BigDecimal amount) {}

    private static List<BudgetRow> budgetRows() {
        return List.of(
                new BudgetRow("Maintenance and support", new BigDecimal("80000")),
                new BudgetRow("Infrastructure", new BigDecimal("20000")));
    }

    /** Finance's budget workbook, typed cells as Excel saves them. */
    private Path budgets() throws IOException {
        Path file = files.resolve("Budget " + today.getYear() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Budget");
            XSSFRow header = sheet.createRow(0);
            List<String> headers = List.of("Cost centre", "FY", "Cost type", "Plan", "Currency code");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (BudgetRow budget : budgetRows()) {
                XSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(PLATFORM);
                row.createCell(1).setCellValue(today.getYear());
                row.createCell(2).setCellValue(budget.category());
                row.createCell(3).setCellValue(budget.amount().doubleValue());
                row.createCell(4).setCellValue("EUR");
            }
            workbook.write(out);
        }
        return file;
    }

    private record CostRow(String invoice, String category, String kind, LocalDate month, BigDecimal amount) {}

    /** The ledger: invoices of the contract's first month, and an order committed for this month. */
    private List<CostRow> costRows() {
        return List.of(
                new CostRow(
                        "INV-2026-7781", "Maintenance and support", "Actual", quarterStart, new BigDecimal("30000")),
                new CostRow("INV-2026-7802", "Infrastructure", "Actual", quarterStart, new BigDecimal("12500")),
                new CostRow("INV-PO-4411", "Maintenance and support", "Committed", today, new BigDecimal("45000")));
    }

    private Path costLines() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Invoice;Cost centre;Contract no;Cost type;Status;Posting period;Net amount;Currency code;Narrative"));
        costRows()
                .forEach(c -> lines.add(c.invoice() + ";" + PLATFORM + ";" + CONTRACT + ";" + c.category() + ";"
                        + c.kind() + ";" + german(c.month().withDayOfMonth(1)) + ";" + german(c.amount()) + ";EUR;"
                        + "Compose " + c.kind().toLowerCase(Locale.ROOT)));
        return spreadsheet("Kostenstellen-Auszug.csv", lines.toArray(String[]::new));
    }

    private Path objectives() throws IOException {
        return spreadsheet(
                "Strategie.csv",
                "Objective code;Goal;Details;From",
                "CLOUD;Cloud-first;New capabilities run as SaaS;" + german(LocalDate.of(today.getYear(), 1, 1)),
                "OMNI;Omnichannel;Every letter also reaches the customer on a digital channel;"
                        + german(LocalDate.of(today.getYear(), 1, 1)));
    }

    private Path roadmapItems() throws IOException {
        String now = quarter(today);
        String later = quarter(quarterStart.plusMonths(6));
        return spreadsheet(
                "Roadmap Nordlicht.csv",
                "Supplier;Product name;Feature;Kind;Target quarter;State;Platform;Link",
                VENDOR + ";" + PRODUCT + ";Cloud-native rendering service;Feature;" + now + ";Generally available;"
                        + PLATFORM + ";https://www.nordlicht-software.example/roadmap",
                VENDOR + ";" + PRODUCT + ";WhatsApp channel;Feature;" + later + ";Committed;" + PLATFORM
                        + ";https://www.nordlicht-software.example/roadmap");
    }

    private Path ratings() throws IOException {
        return spreadsheet(
                "Bewertung Roadmap.csv",
                "Supplier;Product name;Roadmap item;Objective code;Score;Why",
                VENDOR + ";" + PRODUCT + ";Cloud-native rendering service;CLOUD;2;Runs as SaaS in the EU region",
                VENDOR + ";" + PRODUCT + ";WhatsApp channel;OMNI;1;One more digital channel, no templates shared yet",
                VENDOR + ";" + PRODUCT + ";WhatsApp channel;CLOUD;0;Neutral");
    }

    /**
     * The quarterly KPI report of the communications team: a value for every metric of the catalogue that is entered
     * or imported (customer, employee, user and multiexperience), for the quarter the review looks at. PX has none of
     * these: its metrics come from the other records or the PO pulse.
     */
    private static final Map<String, String> OBSERVED = new java.util.LinkedHashMap<>();

    static {
        OBSERVED.put("cx.on-time-delivery", "98,6");
        OBSERVED.put("cx.error-rate", "0,4");
        OBSERVED.put("cx.complaints", "3,2");
        OBSERVED.put("cx.digital-adoption", "46");
        OBSERVED.put("cx.csat", "78");
        OBSERVED.put("ex.authoring-satisfaction", "3,6");
        OBSERVED.put("ex.template-lead-time", "12");
        OBSERVED.put("ex.self-service", "35");
        OBSERVED.put("ux.accessibility", "82");
        OBSERVED.put("ux.readability", "58");
        OBSERVED.put("mx.channel-coverage", "40");
        OBSERVED.put("mx.single-source", "55");
    }

    private Path observations() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Application;KPI;Quarter;Actual;Source"));
        OBSERVED.forEach((metric, value) -> lines.add(PLATFORM + ";" + metric + ";" + quarter(lastQuarterStart) + ";"
                + value + ";Quarterly communications KPI report"));
        return spreadsheet("KPI-Bericht.csv", lines.toArray(String[]::new));
    }

    /** One P1 of the vendor portal's export: opened, first answered and resolved so many minutes later. */
    private record Ticket(String number, LocalDateTime opened, int responseMinutes, int resolutionMinutes) {}

    /**
     * Ten P1 tickets of the quarter before the review, a week apart, each resolved the day it was opened: the tenth
     * answered after 90 minutes (response breached), the ninth and tenth fixed after 10 and 9 hours (resolution
     * breached). So 9 of 10 responses and 8 of 10 resolutions were in time.
     */
    private List<Ticket> tickets() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            LocalDateTime opened = lastQuarterStart.plusDays(7L * i - 4).atTime(8, 0);
            int response = i == 10 ? 90 : 20 + i;
            int resolution = switch (i) {
                case 9 -> 10 * 60;
                case 10 -> 9 * 60;
                default -> 5 * 60 + i;
            };
            tickets.add(new Ticket(String.format("INC00100%02d", i), opened, response, resolution));
        }
        return tickets;
    }

    /** The vendor portal's export: ServiceNow's column names, no platform column, times in the vendor's format. */
    private Path ticketExport() throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        StringBuilder csv = new StringBuilder(
                "Number,Opened,Short description,Priority,State,First response," + "Resolved,Assignment group\n");
        for (Ticket t : tickets()) {
            csv.append(t.number())
                    .append(',')
                    .append(t.opened().format(time))
                    .append(",\"Letters batch stopped, queue ")
                    .append(t.number().substring(7))
                    .append('"')
                    .append(",1 - Critical,Resolved,")
                    .append(t.opened().plusMinutes(t.responseMinutes()).format(time))
                    .append(',')
                    .append(t.opened().plusMinutes(t.resolutionMinutes()).format(time))
                    .append(",Nordlicht L2\n");
        }
        Path file = files.resolve("incident_export.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    // --- the import wizard ----------------------------------------------------------------------------------------

    /**
     * Imports {@code file} as {@code type} through the wizard: German dates and numbers when {@code german}, the
     * fields the file lacks given one value for every row, then check and import, expecting {@code created} records.
     */
    private void importFile(
            String type, Path file, boolean german, Map<String, String> oneValue, String preview, int created) {
        page.navigate(url("/import"));
        Locator again = page.locator("#import-again");
        page.locator("#import-type, #import-again")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        if (again.isVisible()) {
            again.click();
        }
        choose("#import-type", type);
        if (german) {
            choose("#import-locale", "German (Germany)");
        }
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-mapping")).isVisible();
        assertThat(page.locator("#import-preview")).containsText(preview);
        oneValue.forEach((field, value) -> {
            choose("#import-map-" + field, "— one value for every row —");
            page.locator("#import-value-" + field + " input").fill(value);
        });
        if (!oneValue.isEmpty()) {
            screenshot("first-day-import-mapping");
        }
        page.locator("#import-validate").click();
        Locator checked = page.locator("#import-commit, #import-remap").first();
        checked.waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE)
                .setTimeout(BACKGROUND));
        if (page.locator("#import-remap").isVisible()) {
            fail("The " + type + " file was refused: "
                    + page.locator("#import-result").innerText());
        }
        page.locator("#import-commit").click();
        assertThat(page.locator("#import-counts"))
                .containsText(
                        "Created: " + created + ".",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(BACKGROUND));
        if ("Vendor tickets".equals(type)) {
            screenshot("first-day-import-done");
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private void logIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#portfolio-view")).isVisible();
        assertThat(page.locator("#main-menu")).isVisible();
    }

    /** Picks the option of a Vaadin select whose text is {@code label}, or starts with it and a space. */
    private void choose(String select, String label) {
        page.locator(select).click();
        String literal = exactly(label).pattern().replaceFirst("\\\\s\\*\\$$", "(\\\\s|\\$)");
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile(literal)))
                .first()
                .click();
        assertThat(page.locator(select)).containsText(label);
    }

    private void supportTab(String label) {
        page.locator("#support-tabs vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText(label))
                .click();
    }

    private Locator menuItem(String path) {
        return page.locator("#main-menu vaadin-side-nav-item[path='" + path + "']");
    }

    /** The grid cell whose whole text is {@code text}. */
    private Locator cell(String grid, String text) {
        return page.locator(grid + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(exactly(text)))
                .first();
    }

    /** A whole-text pattern; Playwright runs it as a JavaScript RegExp, which knows no \Q..\E. */
    private static Pattern exactly(String text) {
        String literal = text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return Pattern.compile("^\\s*" + literal + "\\s*$");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Saves a screenshot of the viewport to target/screenshots and, if set, to -Dpx.screenshots.dir. */
    private void screenshot(String name) {
        screenshot(name, null);
    }

    /** Likewise, of one element when {@code element} is given. */
    private void screenshot(String name, Locator element) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        if (element == null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setAnimations(ScreenshotAnimations.DISABLED));
        } else {
            element.screenshot(
                    new Locator.ScreenshotOptions().setPath(file).setAnimations(ScreenshotAnimations.DISABLED));
        }
        String extra = System.getProperty("px.screenshots.dir");
        if (extra != null && !extra.isBlank()) {
            try {
                Path dir = Paths.get(extra);
                Files.createDirectories(dir);
                Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
