package io.pxportal.shared.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.EmptyPortalTest;
import io.pxportal.TestLogins;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineDraft;
import io.pxportal.finance.CostLineService;
import io.pxportal.finance.FxRateDraft;
import io.pxportal.finance.FxRateService;
import io.pxportal.governance.ReviewDraft;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringService;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserDraft;
import io.pxportal.licensing.EntitlementDraft;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.roadmap.ObjectiveDraft;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The getting-started path on a portal as a new customer starts it: every step not started, then each step moves
 * as the records it counts arrive, in the path's order. The empty context is shared, so everything made here is
 * removed again afterwards.
 */
@EmptyPortalTest
@WithMockUser(username = "start.admin", roles = "ADMIN")
class StartPathEmptyPortalTest {

    /** Children before parents: what the walk creates, and what creating it adds on the side. */
    static final List<String> CREATED_TABLES = List.of(
            "steering_agenda_figure",
            "steering_agenda_item",
            "steering_decision_link",
            "steering_decision",
            "steering_action",
            "steering_review_attendee",
            "steering_review_platform",
            "steering_review",
            "alert_platform",
            "alert",
            "roadmap_weight",
            "roadmap_weight_set",
            "roadmap_objective",
            "fx_rate",
            "cost_line_month",
            "cost_line",
            "usage_measurement",
            "entitlement",
            "contract_platform",
            "contract",
            "platform_environment",
            "platform_business_unit",
            "platform_owner",
            "platform",
            "vendor_contact",
            "vendor",
            "app_user_role",
            "app_user");

    static final List<String> PATH = List.of(
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

    @Autowired
    List<StartStepSource> sources;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdminService users;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    CostLineService costs;

    @Autowired
    FxRateService rates;

    @Autowired
    ObjectiveService objectives;

    @Autowired
    SteeringService steering;

    @AfterEach
    void leaveThePortalEmpty() {
        CREATED_TABLES.forEach(table -> jdbc.update("delete from " + table));
    }

    private Map<String, StartState> states() {
        return StartPath.steps(sources, platforms::activeVendorsByPlatform).stream()
                .collect(Collectors.toMap(StartStep::key, StartStep::state));
    }

    @Test
    void every_step_starts_not_started_and_moves_as_its_records_arrive() {
        List<StartStep> path = StartPath.steps(sources, platforms::activeVendorsByPlatform);
        assertThat(path).extracting(StartStep::key).containsExactlyElementsOf(PATH);
        assertThat(path).extracting(StartStep::state).containsOnly(StartState.NOT_STARTED);
        assertThat(StartPath.complete(path)).isFalse();

        users.create(new UserDraft(
                "start.owner", "Stella Owner", null, Set.of(Role.PRODUCT_OWNER), true, "a-long-enough-password", null));
        assertThat(states()).containsEntry("users", StartState.STARTED);

        VendorDetails vendor = vendors.create(new VendorDraft("Start Vendor", "DE", null, null, null, List.of(), null));
        assertThat(states())
                .containsEntry("vendors", StartState.DONE)
                .containsEntry("platforms", StartState.NOT_STARTED);

        PlatformDetails platform = platforms.create(draft(vendor.id(), Set.of(), null));
        assertThat(states())
                .containsEntry("platforms", StartState.STARTED)
                .containsEntry("contracts", StartState.NOT_STARTED);
        platform = platforms.update(platform.id(), draft(vendor.id(), Set.of("start.owner"), platform.version()));
        assertThat(states()).containsEntry("platforms", StartState.DONE);

        LocalDate today = LocalDate.now();
        ContractView contract = contracts.create(new ContractDraft(
                "START-1",
                "Start contract",
                vendor.id(),
                Set.of(platform.id()),
                null,
                today.minusMonths(1),
                36,
                RenewalType.AUTOMATIC,
                12,
                90,
                NoticeUnit.DAYS,
                0,
                null,
                "EUR",
                new BigDecimal("50000.00"),
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        assertThat(states())
                .containsEntry("contracts", StartState.DONE)
                .containsEntry("licences", StartState.NOT_STARTED)
                .containsEntry("sla", StartState.NOT_STARTED);

        entitlements.create(new EntitlementDraft(
                contract.id(),
                platform.id(),
                "Start Designer",
                LicenceMetric.NAMED_USER,
                new BigDecimal("10"),
                null,
                null,
                null,
                today.minusMonths(1),
                today.plusYears(1),
                false,
                null));
        assertThat(states()).containsEntry("licences", StartState.STARTED);

        costs.create(new CostLineDraft(
                "START-COST-1",
                platform.id(),
                null,
                null,
                CostCategory.LICENCE,
                CostKind.ACTUAL,
                YearMonth.from(today),
                new BigDecimal("1200.00"),
                "USD",
                null,
                null));
        assertThat(states())
                .containsEntry("budgets", StartState.STARTED)
                .as("a dollar amount with no rate to the reporting currency")
                .containsEntry("rates", StartState.NOT_STARTED);
        rates.save(new FxRateDraft(YearMonth.from(today), "EUR", "USD", new BigDecimal("1.10"), null));
        assertThat(states()).containsEntry("rates", StartState.DONE);

        objectives.create(new ObjectiveDraft("START-OBJ", "Start objective", null, today.minusYears(1), null, null));
        assertThat(states()).containsEntry("roadmap", StartState.STARTED);

        ReviewView review = steering.createReview(
                new ReviewDraft("Start review", today, Set.of(platform.id()), Set.of("start.owner"), null, null));
        assertThat(states()).containsEntry("review", StartState.STARTED);
        steering.closeReview(review.id(), review.version());
        assertThat(states()).containsEntry("review", StartState.DONE);

        List<StartStep> mine = TestLogins.as(
                "start.owner", () -> StartPath.steps(sources, platforms::activeVendorsByPlatform), Role.PRODUCT_OWNER);
        assertThat(mine)
                .extracting(StartStep::key)
                .containsExactly("platforms", "contracts", "licences", "sla", "roadmap");
        assertThat(mine)
                .extracting(StartStep::state)
                .containsExactly(
                        StartState.DONE,
                        StartState.DONE,
                        StartState.STARTED,
                        StartState.NOT_STARTED,
                        StartState.STARTED);
        assertThat(TestLogins.as(
                        "start.finance",
                        () -> StartPath.steps(sources, platforms::activeVendorsByPlatform),
                        Role.FINANCE))
                .isEmpty();
    }

    @Test
    void a_product_owner_without_a_platform_starts_with_recording_one() {
        List<StartStep> mine = TestLogins.as(
                "start.newcomer",
                () -> StartPath.steps(sources, platforms::activeVendorsByPlatform),
                Role.PRODUCT_OWNER);

        assertThat(mine)
                .extracting(StartStep::key)
                .containsExactly("platforms", "contracts", "licences", "sla", "roadmap");
        assertThat(mine).extracting(StartStep::state).containsOnly(StartState.NOT_STARTED);
    }

    @Test
    void every_step_has_its_title_and_explanation_in_all_four_languages() {
        List<StartStep> steps = new java.util.ArrayList<>(StartPath.steps(sources, platforms::activeVendorsByPlatform));
        steps.addAll(TestLogins.as(
                "start.newcomer",
                () -> StartPath.steps(sources, platforms::activeVendorsByPlatform),
                Role.PRODUCT_OWNER));
        for (StartStep step : steps) {
            for (String key : List.of(step.titleKey(), step.explanationKey())) {
                String english = messages.getMessage(key, null, Locale.ENGLISH);
                assertThat(english).as(key).isNotBlank();
                for (String language : List.of("uk", "ru", "ar")) {
                    assertThat(messages.getMessage(key, null, Locale.forLanguageTag(language)))
                            .as("%s in %s", key, language)
                            .isNotBlank()
                            .isNotEqualTo(english);
                }
            }
        }
    }

    private static PlatformDraft draft(Long vendorId, Set<String> owners, Long version) {
        return new PlatformDraft(
                "Start Platform",
                vendorId,
                "Start Suite",
                null,
                Deployment.SAAS,
                Lifecycle.ADOPT,
                Set.of(PlatformEnvironment.PRODUCTION),
                Set.of(),
                owners,
                null,
                version);
    }
}
