package io.pxportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.TestLogins;
import io.pxportal.identity.ApiTokenDraft;
import io.pxportal.identity.ApiTokenScope;
import io.pxportal.governance.AuditLogService;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.shared.audit.AuditLogEntry;
import io.pxportal.shared.audit.AuditLogFilter;
import io.pxportal.identity.NewApiToken;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditEntry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole Flyway migration set and the portfolio and licensing queries on a real PostgreSQL server (embedded binaries
 * from Maven Central), not only on H2: the demo data loads through the services, then the paged, filtered and
 * sorted queries and the audit history run against it. Runs under failsafe in a JVM of its own: two Spring
 * contexts with Vaadin security in one JVM share the static security-context strategy.
 */
@SpringBootTest
@ActiveProfiles("demo")
class PostgresCompatibilityIT {

    static final EmbeddedPostgres POSTGRES = start();

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("px.demo.password", () -> "demo");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformService platforms;

    @Autowired
    VendorService vendors;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    WebApplicationContext context;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    AuditLogService auditLog;

    @Test
    void every_migration_applies_on_postgresql() {
        var applied = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().info()
                .applied();
        assertThat(applied).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(new JdbcTemplate(dataSource).queryForObject("select version()", String.class))
                .startsWith("PostgreSQL");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void portfolio_queries_filter_sort_and_page_on_postgresql() {
        List<PlatformDetails> mine = platforms.page(new PlatformFilter(null, null, null, null, true),
                PageRequest.of(0, 10, Sort.by("vendor.name", "name")));
        assertThat(mine).extracting(PlatformDetails::name).containsExactly("Messagepoint Content Hub",
                "Exstream Statements", "OpenText Communications Cloud");
        assertThat(mine).allSatisfy(p -> assertThat(p.editable()).isTrue());

        assertThat(platforms.count(new PlatformFilter("insp", null, Deployment.PRIVATE_CLOUD, Lifecycle.SUSTAIN,
                false))).isEqualTo(1);
        assertThat(platforms.count(new PlatformFilter("100%_", null, null, null, false))).isZero();
        assertThat(platforms.summary().total()).isEqualTo(5);
        assertThat(vendors.page("", PageRequest.of(1, 2, Sort.by("name")))).hasSize(2);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void audit_history_reads_back_on_postgresql() {
        VendorDetails created = vendors.create(new VendorDraft("Postgres Vendor", "SE", null, null, null, List.of(),
                null));
        vendors.update(created.id(), new VendorDraft("Postgres Vendor", "NO", null, null, null, List.of(),
                created.version()));

        assertThat(vendors.history(created.id())).first().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditEntry.Kind.UPDATED);
            assertThat(e.changes()).containsExactly(new AuditEntry.FieldChange("vendor.country", "SE", "NO"));
        });
        assertThat(auditLog.page(new AuditLogFilter("ADMIN", "Vendor", created.id(), null, null),
                PageRequest.of(0, 5))).extracting(AuditLogEntry::action).containsExactly("UPDATED", "CREATED");
        List<AuditLogEntry> newest = auditLog.page(AuditLogFilter.all(), PageRequest.of(1, 5));
        assertThat(newest).hasSize(5);
        assertThat(auditLog.count(AuditLogFilter.all())).isGreaterThan(10);
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void licence_positions_and_their_history_read_back_on_postgresql() {
        List<EntitlementView> volumes = entitlements.page(new EntitlementFilter(null, null,
                LicenceMetric.DOCUMENTS_PER_YEAR, null), null, PageRequest.of(0, 10, Sort.by("product")));

        assertThat(volumes).extracting(e -> e.draft().product())
                .containsExactly("Communications documents", "Exstream Engine documents");
        assertThat(volumes.getLast().position().status()).isEqualTo(LicencePosition.Status.FORECAST_SHORTFALL);
        assertThat(entitlements.history(volumes.getLast().id())).extracting(AuditEntry::kind)
                .contains(AuditEntry.Kind.CREATED);
    }

    @Test
    void an_api_token_is_found_by_its_hash_and_its_use_recorded_on_postgresql() throws Exception {
        NewApiToken token = TestLogins.as("olena",
                () -> apiTokens.create(new ApiTokenDraft("Postgres script", ApiTokenScope.READ, 1)));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        mvc.perform(get("/api/v1/platforms").param("mine", "true").param("sort", "vendor")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3));

        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select last_used_at is not null from api_token where id = ?", Boolean.class, token.token().id()))
                .isTrue();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from security_event where kind = 'API_TOKEN_USED' and username = 'olena'",
                Integer.class)).isEqualTo(1);
    }
}
