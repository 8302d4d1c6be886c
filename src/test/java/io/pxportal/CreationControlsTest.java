package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.TabSheet;
import io.pxportal.contracts.ui.ContractsView;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.experience.ui.ObservationsView;
import io.pxportal.finance.ui.CostLinesView;
import io.pxportal.finance.ui.FinanceSettingsView;
import io.pxportal.governance.SteeringService;
import io.pxportal.governance.ui.ReviewsView;
import io.pxportal.identity.ui.ApiTokensView;
import io.pxportal.identity.ui.UsersView;
import io.pxportal.licensing.ui.LicencesView;
import io.pxportal.portfolio.ui.PlatformsView;
import io.pxportal.portfolio.ui.VendorsView;
import io.pxportal.roadmap.ui.ObjectivesView;
import io.pxportal.roadmap.ui.RequirementsView;
import io.pxportal.roadmap.ui.RoadmapItemsView;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.support.ui.SupportView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Every record a team needs is created in a view from nothing, not only imported, pushed or seeded: on the empty
 * portal, for every exchange type the modules declare and for the day-one records without one, the view offers its
 * creation control to exactly the roles the rule allows. The rule is read from the code, not written here again:
 * for exchange types it is the type's own {@link RecordExchange#mayImport()} (the role rule its import and service
 * apply), for the others the service's or view's own rule.
 * <p>
 * Rights that depend on owning a platform (a product owner's tickets, entitlements, observations…) are decided by
 * role here: a product owner is offered "New" even while owning no platform, and the form then offers the platforms
 * they may change or says that one must come first; the service refuses anything else.
 */
class CreationControlsTest extends EmptyPortalViewTest {

    /**
     * Where each exchange type is created. A type created inside another record's editor (a usage measurement on its
     * entitlement, a rating in the matrix of roadmap items against objectives) names that record's type instead.
     */
    static final Map<String, Creation> BY_TYPE = Map.ofEntries(
            Map.entry("vendors", Creation.on(VendorsView.class, "vendors-new")),
            Map.entry("platforms", Creation.on(PlatformsView.class, "platforms-new")),
            Map.entry("contracts", Creation.on(ContractsView.class, "contracts-new")),
            Map.entry("entitlements", Creation.on(LicencesView.class, "licences-new")),
            Map.entry("usage", Creation.within("entitlements")),
            Map.entry("cost-lines", Creation.on(CostLinesView.class, "costs-new")),
            Map.entry("budgets", Creation.onTab(FinanceSettingsView.class, 0, "budgets-new")),
            Map.entry("fx-rates", Creation.onTab(FinanceSettingsView.class, 1, "rates-new")),
            Map.entry("tickets", Creation.onTab(SupportView.class, 0, "tickets-new")),
            Map.entry("sla-policies", Creation.onTab(SupportView.class, 5, "policies-new")),
            Map.entry("business-calendars", Creation.onTab(SupportView.class, 6, "calendars-new")),
            Map.entry("experience-observations", Creation.on(ObservationsView.class, "observations-save")),
            Map.entry("roadmap-objectives", Creation.on(ObjectivesView.class, "roadmap-objectives-new")),
            Map.entry("roadmap-requirements", Creation.on(RequirementsView.class, "roadmap-requirements-new")),
            Map.entry("roadmap-items", Creation.on(RoadmapItemsView.class, "roadmap-items-new")),
            Map.entry("roadmap-ratings", Creation.within("roadmap-items")));

    /** Records a team needs on day one that no import knows, with the rule the portal applies to creating them. */
    enum DayOne {
        STEERING_REVIEW(Creation.on(ReviewsView.class, "reviews-new")),
        USER(Creation.on(UsersView.class, "users-new")),
        API_TOKEN(Creation.on(ApiTokensView.class, "tokens-new")),
        OUTAGE(Creation.onTab(SupportView.class, 2, "outages-new"));

        final Creation creation;

        DayOne(Creation creation) {
            this.creation = creation;
        }
    }

    @Autowired
    List<RecordExchange<?>> exchanges;

    @Autowired
    SteeringService steering;

    @AfterEach
    void logOut() {
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void every_exchange_type_says_where_it_is_created() {
        logIn(Role.ADMIN);
        assertThat(BY_TYPE.keySet())
                .as("exchange types with a creation entry")
                .containsExactlyInAnyOrderElementsOf(
                        exchanges.stream().map(RecordExchange::type).toList());
    }

    static Stream<Arguments> typesAndRoles() {
        return BY_TYPE.keySet().stream()
                .sorted()
                .flatMap(type -> Arrays.stream(Role.values()).map(role -> Arguments.of(type, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("typesAndRoles")
    void an_exchanged_record_is_offered_for_creation_to_exactly_the_roles_allowed(String type, Role role) {
        logIn(role);
        Map<String, RecordExchange<?>> byType =
                exchanges.stream().collect(Collectors.toMap(RecordExchange::type, Function.identity()));
        boolean allowed = byType.get(type).mayImport();
        Creation creation = BY_TYPE.get(type);
        if (creation.within() != null) {
            // created in the editor of a record of the named type: whoever may create this may create that
            assertThat(byType.get(creation.within()).mayImport())
                    .as("%s is created within %s", type, creation.within())
                    .isEqualTo(allowed);
            creation = BY_TYPE.get(creation.within());
        }
        assertThat(offered(creation))
                .as("creation of %s offered to %s", type, role)
                .isEqualTo(allowed);
    }

    static Stream<Arguments> dayOneAndRoles() {
        return Arrays.stream(DayOne.values())
                .flatMap(record -> Arrays.stream(Role.values()).map(role -> Arguments.of(record, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("dayOneAndRoles")
    void a_day_one_record_is_offered_for_creation_to_exactly_the_roles_allowed(DayOne record, Role role) {
        logIn(role);
        boolean allowed = switch (record) {
            case STEERING_REVIEW -> steering.canRunReviews();
            case USER -> CurrentUser.hasRole(Role.ADMIN);
            case API_TOKEN -> true;
            case OUTAGE ->
                exchanges.stream()
                        .filter(e -> e.type().equals("tickets"))
                        .findFirst()
                        .orElseThrow()
                        .mayImport();
        };
        assertThat(offered(record.creation))
                .as("creation of %s offered to %s", record, role)
                .isEqualTo(allowed);
    }

    /** Whether the view opens for the current user and shows the control, with every ancestor visible. */
    private boolean offered(Creation creation) {
        Throwable refused = catchThrowable(() -> navigate(creation.view()));
        if (refused != null || !creation.view().isInstance(getCurrentView())) {
            return false;
        }
        if (creation.tab() >= 0) {
            find(TabSheet.class).all().getFirst().setSelectedIndex(creation.tab());
        }
        return find(Component.class).withId(creation.control()).all().stream().anyMatch(CreationControlsTest::shown);
    }

    private static boolean shown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Logs in as Spring Security's test support does for {@code @WithMockUser}, so that it also logs out. */
    static void logIn(Role role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "creator-" + role.name().toLowerCase(), null, List.of(new SimpleGrantedAuthority(role.authority()))));
        TestSecurityContextHolder.setContext(context);
    }

    /** A view, the tab it is on (-1: none) and the id of its creation control; or the type it is created within. */
    record Creation(Class<? extends Component> view, int tab, String control, String within) {

        static Creation on(Class<? extends Component> view, String control) {
            return new Creation(view, -1, control, null);
        }

        static Creation onTab(Class<? extends Component> view, int tab, String control) {
            return new Creation(view, tab, control, null);
        }

        static Creation within(String type) {
            return new Creation(null, -1, null, type);
        }
    }
}
