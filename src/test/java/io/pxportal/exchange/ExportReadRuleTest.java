package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.experience.ObservationFilter;
import io.pxportal.experience.ObservationService;
import io.pxportal.finance.BudgetService;
import io.pxportal.finance.CostLineFilter;
import io.pxportal.finance.CostLineService;
import io.pxportal.finance.FinanceSettings;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.finance.FxRateService;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.identity.DemoLogins;
import io.pxportal.identity.NewApiToken;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserDraft;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.RatingService;
import io.pxportal.roadmap.RequirementService;
import io.pxportal.roadmap.RoadmapItemFilter;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.shared.security.Role;
import io.pxportal.support.BusinessCalendarService;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.SlaPolicyView;
import io.pxportal.support.TicketFilter;
import io.pxportal.support.TicketService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * One read rule for every way out: for every exchange type the portal declares and every role (and a product owner
 * who owns nothing), with product owners' costs hidden and shown, the CSV export through the API holds exactly the
 * rows that user's list shows them. A new exchange type fails here until its list is named below.
 */
class ExportReadRuleTest extends PortalApiTest {

    private static final String NOBODY = "readrule.owns-nothing";

    @Autowired
    ExchangeTypes types;

    @Autowired
    DemoLogins demoLogins;

    @Autowired
    UserAdminService users;

    @Autowired
    FinanceSettingsService financeSettings;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    @Autowired
    CostLineService costLines;

    @Autowired
    BudgetService budgets;

    @Autowired
    FxRateService fxRates;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    BusinessCalendarService calendars;

    @Autowired
    TicketService tickets;

    @Autowired
    ObjectiveService objectives;

    @Autowired
    RoadmapItemService roadmapItems;

    @Autowired
    RequirementService requirements;

    @Autowired
    RatingService ratings;

    @Autowired
    ObservationService observations;

    /** Someone the test reads as: a login, the roles it holds, its read token. */
    private record Reader(String username, Role[] roles, NewApiToken token) {

        <T> T as(Supplier<T> work) {
            return io.pxportal.TestLogins.as(username, work, roles);
        }

        @Override
        public String toString() {
            return username + " " + Arrays.toString(roles);
        }
    }

    /**
     * Per type: which export columns make a row's key, and the same keys from the type's list as the current user
     * reads it. Types whose list shows no such key compare the number of rows.
     */
    private record ListOf(int[] keyColumns, Supplier<List<String>> keys) {}

    private Map<String, ListOf> lists() {
        Map<String, ListOf> lists = new LinkedHashMap<>();
        lists.put("vendors", new ListOf(new int[] {0}, () -> all(p -> vendors.page(null, p), v -> v.name())));
        lists.put(
                "platforms",
                new ListOf(new int[] {0}, () -> all(p -> platforms.page(PlatformFilter.all(), p), v -> v.name())));
        lists.put(
                "contracts",
                new ListOf(
                        new int[] {0},
                        () -> all(
                                p -> contracts.page(ContractFilter.all(), p),
                                v -> v.draft().number())));
        lists.put(
                "entitlements",
                new ListOf(
                        new int[] {0, 1, 2, 3},
                        () -> all(
                                p -> entitlements.page(EntitlementFilter.all(), LocalDate.now(), p),
                                v -> key(
                                        v.contract().number(),
                                        v.platform().name(),
                                        v.draft().product(),
                                        v.draft().metric().name()))));
        lists.put(
                "usage",
                new ListOf(
                        null,
                        () -> all(
                                        p -> entitlements.page(EntitlementFilter.all(), LocalDate.now(), p),
                                        Function.identity())
                                .stream()
                                .flatMap((EntitlementView e) -> all(
                                        p -> usage.measurements(e.id(), p),
                                        m -> key(
                                                e.platform().name(),
                                                m.environment().name(),
                                                m.from().toString()))
                                        .stream())
                                .toList()));
        lists.put(
                "cost-lines",
                new ListOf(
                        new int[] {0},
                        () -> all(
                                p -> costLines.page(CostLineFilter.all(), p),
                                v -> v.draft().reference())));
        lists.put("budgets", new ListOf(new int[] {0, 1, 2}, () -> {
            List<String> keys = new ArrayList<>();
            // The list shows one fiscal year at a time; every year any budget is set for.
            for (int year = 2010; year <= 2040; year++) {
                int fiscalYear = year;
                keys.addAll(all(
                        p -> budgets.page(fiscalYear, p),
                        v -> key(
                                v.platform().name(),
                                String.valueOf(v.draft().fiscalYear()),
                                v.draft().category().name())));
            }
            return keys;
        }));
        lists.put(
                "fx-rates",
                new ListOf(
                        new int[] {0, 1, 2},
                        () -> all(
                                fxRates::page,
                                v -> key(
                                        v.draft().month().toString(),
                                        v.draft().base(),
                                        v.draft().quote()))));
        // The export is the round trip of the policies in force; the list also shows retired ones, marked so.
        lists.put(
                "sla-policies",
                new ListOf(
                        new int[] {0, 1},
                        () -> all(policies::page, Function.identity()).stream()
                                .filter(v -> !v.retired())
                                .map((SlaPolicyView v) ->
                                        key(v.contractNumber(), v.draft().name()))
                                .toList()));
        lists.put(
                "business-calendars",
                new ListOf(
                        new int[] {0}, () -> all(calendars::page, v -> v.draft().name())));
        lists.put(
                "tickets",
                new ListOf(
                        new int[] {0, 1},
                        () -> all(p -> tickets.page(TicketFilter.all(), p), v -> key(v.platform(), v.caseId()))));
        lists.put(
                "roadmap-objectives",
                new ListOf(
                        new int[] {0},
                        () -> objectives.list().stream().map(v -> v.code()).toList()));
        lists.put(
                "roadmap-items",
                new ListOf(
                        new int[] {0, 1, 2},
                        () -> all(
                                p -> roadmapItems.page(RoadmapItemFilter.all(), p),
                                v -> key(v.vendor().name(), v.draft().product(), v.title()))));
        lists.put(
                "roadmap-requirements",
                new ListOf(
                        new int[] {0, 1},
                        () -> all(
                                p -> requirements.page(null, null, p),
                                v -> key(v.platform().name(), v.draft().title()))));
        lists.put(
                "roadmap-ratings", new ListOf(null, () -> all(ratings::page, v -> v.itemId() + "|" + v.objectiveId())));
        lists.put(
                "experience-observations",
                new ListOf(
                        new int[] {0, 1, 2},
                        () -> all(
                                p -> observations.page(ObservationFilter.all(), p),
                                v -> key(
                                        v.platform().name(),
                                        v.metricCode(),
                                        v.period().toString()))));
        return lists;
    }

    private List<Reader> readers() {
        ensureOwnerOfNothing();
        List<Reader> readers = new ArrayList<>();
        for (Role role : Role.values()) {
            DemoLogins.Login login = demoLogins.logins().stream()
                    .filter(l -> l.role() == role)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no demo user with role " + role));
            readers.add(new Reader(login.username(), new Role[] {role}, tokenOf(login.username(), ApiTokenScope.READ)));
        }
        readers.add(new Reader(NOBODY, new Role[] {Role.PRODUCT_OWNER}, tokenOf(NOBODY, ApiTokenScope.READ)));
        return readers;
    }

    private void ensureOwnerOfNothing() {
        boolean exists = as(
                "admin",
                () -> users.page(NOBODY, PageRequest.of(0, 5)).stream()
                        .anyMatch(u -> u.username().equals(NOBODY)),
                Role.ADMIN);
        if (!exists) {
            as(
                    "admin",
                    () -> users.create(new UserDraft(
                            NOBODY,
                            "Owns Nothing",
                            null,
                            Set.of(Role.PRODUCT_OWNER),
                            true,
                            "a-long-enough-password",
                            null)),
                    Role.ADMIN);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_export_holds_the_rows_its_list_shows_to_every_reader() {
        Map<String, ListOf> lists = lists();
        List<Reader> readers = readers();
        List<String> typeIds =
                as("admin", () -> types.all().stream().map(RecordExchange::type).toList(), Role.ADMIN);
        return typeIds.stream()
                .flatMap(type -> Stream.of(false, true)
                        .map(ownersSeeCosts -> DynamicTest.dynamicTest(
                                type + (ownersSeeCosts ? ", owners see costs" : ", owners' costs hidden"), () -> {
                                    ListOf list = lists.get(type);
                                    assertThat(list)
                                            .as("how the list of %s reads (name it in this test)", type)
                                            .isNotNull();
                                    withOwnersSeeingCosts(ownersSeeCosts, () -> {
                                        Map<String, String> mismatches = new LinkedHashMap<>();
                                        for (Reader reader : readers) {
                                            compare(type, list, reader, mismatches);
                                        }
                                        assertThat(mismatches)
                                                .as("export ≠ list of %s", type)
                                                .isEmpty();
                                    });
                                })));
    }

    private void compare(String type, ListOf list, Reader reader, Map<String, String> mismatches) throws Exception {
        List<List<String>> rows = exported(type, reader.token());
        List<String> listed = reader.as(list.keys());
        if (list.keyColumns() == null) {
            if (rows.size() != listed.size()) {
                mismatches.put(reader.toString(), rows.size() + " rows exported, " + listed.size() + " listed");
            }
            return;
        }
        List<String> exportedKeys = rows.stream()
                .map(r -> key(Arrays.stream(list.keyColumns())
                        .mapToObj(i -> i < r.size() ? r.get(i) : "")
                        .toArray(String[]::new)))
                .sorted()
                .toList();
        List<String> listedKeys = listed.stream().sorted().toList();
        if (!exportedKeys.equals(listedKeys)) {
            Set<String> onlyExported = new TreeSet<>(exportedKeys);
            listedKeys.forEach(onlyExported::remove);
            Set<String> onlyListed = new TreeSet<>(listedKeys);
            exportedKeys.forEach(onlyListed::remove);
            mismatches.put(
                    reader.toString(),
                    exportedKeys.size() + " exported, " + listedKeys.size() + " listed; only exported "
                            + first(onlyExported) + ", only listed " + first(onlyListed));
        }
    }

    @Test
    void with_owners_costs_hidden_a_product_owner_exports_no_budget_and_no_cost_line() throws Exception {
        NewApiToken olena = tokenOf("olena", ApiTokenScope.READ);
        withOwnersSeeingCosts(false, () -> {
            assertThat(exported("budgets", olena)).isEmpty();
            assertThat(exported("cost-lines", olena)).isEmpty();
            mvc.perform(get("/api/v1/finance/budget-vs-actual").with(bearer(olena)))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.rows")
                            .isEmpty());
        });
        NewApiToken finance = tokenOf("finance", ApiTokenScope.READ);
        assertThat(exported("budgets", finance)).isNotEmpty();
    }

    /** The CSV export's rows, header left off, as the API gives them to the token's owner. */
    private List<List<String>> exported(String type, NewApiToken token) throws Exception {
        byte[] csv = mvc.perform(
                        get("/api/v1/export/" + type).param("format", "csv").with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (CsvTableReader reader = new CsvTableReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} with the finance setting as given, and puts it back (the context is shared). */
    private void withOwnersSeeingCosts(boolean on, Work work) throws Exception {
        FinanceSettings before = as("admin", financeSettings::get, Role.ADMIN);
        if (before.ownersEditCosts() != on) {
            set(before, on);
        }
        try {
            work.run();
        } finally {
            FinanceSettings now = as("admin", financeSettings::get, Role.ADMIN);
            if (now.ownersEditCosts() != before.ownersEditCosts()) {
                set(now, before.ownersEditCosts());
            }
        }
    }

    private void set(FinanceSettings current, boolean ownersSeeCosts) {
        as(
                "admin",
                () -> financeSettings.update(new FinanceSettings(
                        current.reportingCurrency(),
                        current.fiscalYearStartMonth(),
                        current.indexAssumptionPercent(),
                        ownersSeeCosts,
                        current.version())),
                Role.ADMIN);
    }

    /** Every page of a list, mapped to keys. */
    private static <T, K> List<K> all(Function<Pageable, List<T>> page, Function<T, K> key) {
        List<K> keys = new ArrayList<>();
        for (int number = 0; ; number++) {
            List<T> rows = page.apply(PageRequest.of(number, 500));
            rows.stream().map(key).forEach(keys::add);
            if (rows.size() < 500) {
                return keys;
            }
        }
    }

    /** Cells joined; a CSV cell the export neutralised (a leading apostrophe before = + - @) compares as stored. */
    private static String key(String... cells) {
        return Arrays.stream(cells)
                .map(c -> c == null ? "" : c.matches("'[=+\\-@].*") ? c.substring(1) : c)
                .collect(Collectors.joining("|"));
    }

    private static String first(Set<String> keys) {
        return keys.stream().limit(3).toList() + (keys.size() > 3 ? " …" : "");
    }
}
