package io.pxportal.shared.start;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.finance.FinanceReportService;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.security.Role;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo's getting-started path is what its data says: each state is worked out again here in plain SQL over
 * the tables (not through the modules' queries) and compared, for the admin over the whole portal and for a
 * product owner over her own platforms.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class StartPathDemoTest {

    private static final String ACTIVE = "p.lifecycle <> 'RETIRE'";

    @Autowired
    List<StartStepSource> sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FinanceReportService reports;

    @Autowired
    FinanceSettingsService settings;

    @Autowired
    PlatformService platforms;

    @Test
    void the_admins_path_is_what_the_demo_data_says() {
        Map<String, StartState> path = states(StartPath.steps(sources, platforms::activeVendorsByPlatform));

        assertThat(path).isEqualTo(expected(null));
        assertThat(path)
                .as("one demo login per role, demo vendors, a closed demo review")
                .containsEntry("users", StartState.DONE)
                .containsEntry("vendors", StartState.DONE)
                .containsEntry("review", StartState.DONE);
    }

    @Test
    void the_platforms_counted_over_are_asked_for_once_per_path_whatever_the_number_of_steps_counting_them() {
        AtomicInteger asked = new AtomicInteger();
        java.util.function.Supplier<Map<Long, Long>> scope = () -> {
            asked.incrementAndGet();
            return platforms.activeVendorsByPlatform();
        };

        StartPath.steps(sources, scope);
        assertThat(asked).as("admin's path").hasValue(1);
        TestLogins.as("olena", () -> StartPath.steps(sources, scope), Role.PRODUCT_OWNER);
        assertThat(asked).as("then a product owner's path").hasValue(2);
    }

    @Test
    void a_product_owners_path_counts_her_own_platforms() {
        Map<String, StartState> path = states(TestLogins.as(
                "olena", () -> StartPath.steps(sources, platforms::activeVendorsByPlatform), Role.PRODUCT_OWNER));

        Map<String, StartState> all = expected("olena");
        Map<String, StartState> hers = new LinkedHashMap<>();
        hers.put(
                "platforms",
                count("select count(*) from platform p join platform_owner o on o.platform_id = p.id "
                                        + "where o.username = 'olena' and " + ACTIVE)
                                > 0
                        ? StartState.DONE
                        : StartState.NOT_STARTED);
        for (String key : List.of("contracts", "licences", "sla", "roadmap")) {
            hers.put(key, all.get(key));
        }
        assertThat(path).isEqualTo(hers);
    }

    private static Map<String, StartState> states(List<StartStep> steps) {
        return steps.stream()
                .collect(Collectors.toMap(StartStep::key, StartStep::state, (a, b) -> a, LinkedHashMap::new));
    }

    /** Every step's state from the tables; {@code owner} narrows the platforms to that product owner's. */
    private Map<String, StartState> expected(String owner) {
        String scope = "select p.id from platform p where " + ACTIVE
                + (owner == null
                        ? ""
                        : " and exists (select 1 from platform_owner o where o.platform_id = p.id and o.username = '"
                                + owner + "')");
        Map<String, StartState> states = new LinkedHashMap<>();
        states.put(
                "users",
                StartState.of(
                        count("select count(distinct r.role) from app_user u join app_user_role r "
                                + "on r.user_id = u.id where u.enabled = true and r.role <> 'ADMIN'"),
                        4));
        states.put("vendors", count("select count(*) from vendor") > 0 ? StartState.DONE : StartState.NOT_STARTED);
        states.put(
                "platforms",
                count("select count(*) from platform") == 0
                        ? StartState.NOT_STARTED
                        : count("select count(*) from platform p where " + ACTIVE + " and not exists (select 1 from "
                                                + "platform_owner o where o.platform_id = p.id)")
                                        == 0
                                ? StartState.DONE
                                : StartState.STARTED);
        long platforms = count("select count(*) from (" + scope + ") s");
        states.put(
                "contracts",
                StartState.of(
                        count("select count(distinct cp.platform_id) from contract_platform cp "
                                + "where cp.platform_id in (" + scope + ")"),
                        platforms));
        long lines = count("select count(*) from entitlement e where e.platform_id in (" + scope + ")");
        long measured = count("select count(*) from entitlement e where e.platform_id in (" + scope + ") and exists "
                + "(select 1 from usage_measurement m where m.entitlement_id = e.id)");
        states.put(
                "licences",
                lines == 0 ? StartState.NOT_STARTED : measured == lines ? StartState.DONE : StartState.STARTED);
        String contracts =
                "select distinct cp.contract_id from contract_platform cp where cp.platform_id in (" + scope + ")";
        long contractCount = count("select count(*) from (" + contracts + ") c");
        long withPolicy = count("select count(distinct s.contract_id) from sla_policy s where s.retired_on is null "
                + "and s.contract_id in (" + contracts + ")");
        boolean calendar = count("select count(*) from business_calendar") > 0;
        states.put(
                "sla",
                calendar && contractCount > 0 && withPolicy == contractCount
                        ? StartState.DONE
                        : calendar || withPolicy > 0 ? StartState.STARTED : StartState.NOT_STARTED);
        states.put("budgets", budgets(scope, platforms));
        states.put("rates", rates());
        states.put("roadmap", roadmap(owner, scope));
        states.put("experience", experience());
        states.put(
                "review",
                count("select count(*) from steering_review where closed_at is not null") > 0
                        ? StartState.DONE
                        : count("select count(*) from steering_review") > 0
                                ? StartState.STARTED
                                : StartState.NOT_STARTED);
        return states;
    }

    private StartState budgets(String scope, long platforms) {
        long lines = count("select count(*) from cost_line");
        if (lines == 0 && count("select count(*) from budget") == 0) {
            return StartState.NOT_STARTED;
        }
        long budgeted = count("select count(distinct b.platform_id) from budget b where b.fiscal_year = "
                + reports.currentFiscalYear() + " and b.platform_id in (" + scope + ")");
        return lines > 0 && platforms > 0 && budgeted == platforms ? StartState.DONE : StartState.STARTED;
    }

    private StartState rates() {
        Set<String> used = new HashSet<>(jdbc.queryForList(
                "select currency from cost_line union " + "select currency from budget", String.class));
        if (used.isEmpty()) {
            return StartState.NOT_STARTED;
        }
        used.remove(settings.get().reportingCurrency());
        Set<String> rated = new HashSet<>(jdbc.queryForList(
                "select base_currency from fx_rate union " + "select quote_currency from fx_rate", String.class));
        return used.isEmpty()
                ? StartState.DONE
                : StartState.of(used.stream().filter(rated::contains).count(), used.size());
    }

    private StartState roadmap(String owner, String scope) {
        String items = owner == null
                ? "select i.id from roadmap_item i"
                : "select i.id from roadmap_item i where exists (select 1 from roadmap_item_platform ip where "
                        + "ip.item_id = i.id and ip.platform_id in (" + scope + ")) or (not exists (select 1 from "
                        + "roadmap_item_platform ip where ip.item_id = i.id) and i.vendor_id in (select p.vendor_id from "
                        + "platform p where p.id in (" + scope + ")))";
        long total = count("select count(*) from (" + items + ") s");
        long rated = count("select count(*) from (" + items + ") s where exists (select 1 from roadmap_rating r "
                + "where r.item_id = s.id)");
        boolean objectives = count("select count(*) from roadmap_objective") > 0;
        return objectives && total > 0 && rated == total
                ? StartState.DONE
                : objectives || total > 0 ? StartState.STARTED : StartState.NOT_STARTED;
    }

    private StartState experience() {
        String observed = "select m.code from experience_metric m where m.source in ('MANUAL', 'IMPORTED') and "
                + "m.catalogue_id = (select c.id from experience_catalogue c where c.catalogue_number = "
                + "(select max(n.catalogue_number) from experience_catalogue n))";
        long metrics = count("select count(*) from (" + observed + ") m");
        long withValues = count("select count(distinct o.metric_code) from experience_observation o where "
                + "o.metric_code in (" + observed + ")");
        boolean adapted = count("select count(*) from experience_catalogue where published_by <> 'setup'") > 0;
        return withValues == metrics && (withValues > 0 || adapted)
                ? StartState.DONE
                : withValues > 0 || adapted ? StartState.STARTED : StartState.NOT_STARTED;
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
