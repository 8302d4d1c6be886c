package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.contracts.RenewalOutcome;
import io.pxportal.experience.CatalogueDraft;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.ObservationDraft;
import io.pxportal.experience.ObservationService;
import io.pxportal.experience.Quarter;
import io.pxportal.governance.AuditLogService;
import io.pxportal.governance.SteeringPackService;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserRow;
import io.pxportal.licensing.EntitlementDraft;
import io.pxportal.licensing.EntitlementFilter;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.MeasurementDraft;
import io.pxportal.licensing.MeasurementSource;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditLogFilter;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access matrix at work: a sample of service methods called through the real, secured beans as each demo user,
 * checking that the method security lets exactly the intended callers in (and that the reviewed matrix in
 * {@code access-matrix.md} says the same). Allowed calls are made to fail inside the method (unknown id, stale
 * version, taken name), so nothing in the shared demo data changes.
 */
@PortalIntegrationTest
class AccessEnforcementTest {

    private static final String EXSTREAM = "Exstream Statements"; // owned by olena only

    /** Who calls: the demo users, an anonymous visitor, and code running with no authentication at all. */
    enum Caller {
        NOBODY(null, null, "anonymous"),
        ANONYMOUS("anonymousUser", null, "anonymous"),
        ADMIN("admin", Role.ADMIN, "ADMIN"),
        OLENA("olena", Role.PRODUCT_OWNER, "PRODUCT_OWNER (owner)"),
        MARC("marc", Role.PRODUCT_OWNER, "PRODUCT_OWNER (not owner)"),
        FINANCE("finance", Role.FINANCE, "FINANCE"),
        STEERING("steering", Role.STEERING, "STEERING"),
        AUDITOR("auditor", Role.AUDITOR, "AUDITOR");

        final String username;
        final Role role;
        /** The column of access-matrix.md this caller stands for (for Exstream, olena owns and marc does not). */
        final String matrixColumn;

        Caller(String username, Role role, String matrixColumn) {
            this.username = username;
            this.role = role;
            this.matrixColumn = matrixColumn;
        }

        Authentication authentication() {
            if (username == null) {
                return null;
            }
            if (role == null) {
                return new AnonymousAuthenticationToken(
                        "test", username, AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    username, null, AuthorityUtils.createAuthorityList(role.authority()));
        }
    }

    @Autowired
    UserAdminService users;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    ContractService contracts;

    @Autowired
    RenewalDecisionService decisions;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    @Autowired
    io.pxportal.roadmap.ObjectiveService objectives;

    @Autowired
    io.pxportal.roadmap.RatingService ratings;

    @Autowired
    io.pxportal.roadmap.RoadmapItemService roadmapItems;

    @Autowired
    CatalogueService catalogues;

    @Autowired
    ObservationService observations;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    SteeringPackService steeringPacks;

    @Autowired
    io.pxportal.finance.FxRateService fxRates;

    @Autowired
    io.pxportal.finance.BudgetService budgets;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_auditors_list_users(Caller caller) {
        expect(
                caller,
                "`UserAdminService.page(String, Pageable)`",
                EnumSet.of(Caller.ADMIN, Caller.AUDITOR),
                () -> assertThat(users.page("", PageRequest.of(0, 20, Sort.by("username"))))
                        .extracting(UserRow::username)
                        .contains("admin", "auditor"),
                () -> users.page("", PageRequest.of(0, 20)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyone_logged_in_reads_platforms(Caller caller) {
        expect(
                caller,
                "`PlatformService.count(PlatformFilter)`",
                EnumSet.complementOf(EnumSet.of(Caller.NOBODY, Caller.ANONYMOUS)),
                () -> assertThat(platforms.count(PlatformFilter.all())).isPositive(),
                () -> platforms.count(PlatformFilter.all()));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_delete_vendors(Caller caller) {
        long unknownVendor = Long.MAX_VALUE; // an allowed call ends in NotFoundException, nothing is deleted
        expect(
                caller,
                "`VendorService.delete(Long, Long)`",
                EnumSet.of(Caller.ADMIN),
                () -> assertThatThrownBy(() -> vendors.delete(unknownVendor, 0L))
                        .isInstanceOf(NotFoundException.class),
                () -> vendors.delete(unknownVendor, 0L));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_product_owners_create_vendors(Caller caller) {
        // The name is taken, so an allowed call is refused inside the method and creates nothing.
        VendorDraft duplicate = new VendorDraft("OpenText", "CA", null, null, null, List.of(), null);
        expect(
                caller,
                "`VendorService.create(VendorDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA, Caller.MARC),
                () -> assertThatThrownBy(() -> vendors.create(duplicate))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).messageKey())
                        .isEqualTo("vendor.name.taken"),
                () -> vendors.create(duplicate));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_deletes_a_platform(Caller caller) {
        PlatformDetails exstream = asAdmin(() -> platformNamed(EXSTREAM));
        Long staleVersion = exstream.version() + 1000; // an allowed call ends in ConcurrentEditException
        expect(
                caller,
                "`PlatformService.delete(Long, Long)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> platforms.delete(exstream.id(), staleVersion))
                        .isInstanceOf(ConcurrentEditException.class),
                () -> platforms.delete(exstream.id(), staleVersion));
        assertThat(asAdmin(() -> platforms.get(exstream.id())).version())
                .as("untouched")
                .isEqualTo(exstream.version());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_revoke_someone_elses_api_token(Caller caller) {
        long unknownToken = Long.MAX_VALUE; // an allowed call ends in NotFoundException, nothing is revoked
        expect(
                caller,
                "`ApiTokenService.revoke(Long)`",
                EnumSet.of(Caller.ADMIN),
                () -> assertThatThrownBy(() -> apiTokens.revoke(unknownToken)).isInstanceOf(NotFoundException.class),
                () -> apiTokens.revoke(unknownToken));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyone_logged_in_reads_contracts_and_entitlements_finance_and_steering_included(Caller caller) {
        Set<Caller> loggedIn = EnumSet.complementOf(EnumSet.of(Caller.NOBODY, Caller.ANONYMOUS));
        expect(
                caller,
                "`ContractService.count(ContractFilter)`",
                loggedIn,
                () -> assertThat(contracts.count(ContractFilter.all())).isPositive(),
                () -> contracts.count(ContractFilter.all()));
        expect(
                caller,
                "`EntitlementService.count(EntitlementFilter)`",
                loggedIn,
                () -> assertThat(entitlements.count(EntitlementFilter.all())).isPositive(),
                () -> entitlements.count(EntitlementFilter.all()));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_steering_publish_the_metric_catalogue(Caller caller) {
        // Based on version 0, long superseded: an allowed call ends in ConcurrentEditException, nothing is published.
        CatalogueDraft stale = asAdmin(() -> CatalogueDraft.from(catalogues.current(), null));
        CatalogueDraft draft = new CatalogueDraft(0, null, stale.dimensionWeights(), stale.pillarWeights(), List.of());
        expect(
                caller,
                "`CatalogueService.publish(CatalogueDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.STEERING),
                () -> assertThatThrownBy(() -> catalogues.publish(draft)).isInstanceOf(ConcurrentEditException.class),
                () -> catalogues.publish(draft));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_of_its_platform_changes_a_contract_or_decides_its_renewal(Caller caller) {
        ContractView exstream = asAdmin(() -> contracts
                .page(new ContractFilter("OT-2019-0042", null, null), PageRequest.of(0, 1))
                .getFirst());
        ContractDraft stale = exstream.draft().withVersion(exstream.draft().version() + 1000);
        expect(
                caller,
                "`ContractService.update(Long, ContractDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> contracts.update(exstream.id(), stale))
                        .isInstanceOf(ConcurrentEditException.class),
                () -> contracts.update(exstream.id(), stale));
        // An allowed decision without a rationale is refused before anything is written.
        expect(
                caller,
                "`RenewalDecisionService.decide(Long, RenewalOutcome, String)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> decisions.decide(exstream.id(), RenewalOutcome.RENEW, " "))
                        .isInstanceOf(DomainException.class),
                () -> decisions.decide(exstream.id(), RenewalOutcome.RENEW, " "));
        assertThat(asAdmin(() -> contracts.get(exstream.id())).draft().version())
                .as("untouched")
                .isEqualTo(exstream.draft().version());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_of_its_platform_changes_an_entitlement_or_its_usage(Caller caller) {
        EntitlementView documents = asAdmin(() -> entitlements
                .page(new EntitlementFilter("Exstream Engine documents", null, null, null), null, PageRequest.of(0, 1))
                .getFirst());
        EntitlementDraft d = documents.draft();
        EntitlementDraft stale = new EntitlementDraft(
                d.contractId(),
                d.platformId(),
                d.product(),
                d.metric(),
                d.quantity(),
                d.unitPrice(),
                d.overagePrice(),
                d.maintenancePercent(),
                d.termFrom(),
                d.termTo(),
                d.nonProductionCounts(),
                d.version() + 1000);
        expect(
                caller,
                "`EntitlementService.update(Long, EntitlementDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> entitlements.update(documents.id(), stale))
                        .isInstanceOf(ConcurrentEditException.class),
                () -> entitlements.update(documents.id(), stale));
        // A correction of a measurement that does not exist: refused as a concurrent removal, nothing written.
        MeasurementDraft gone = new MeasurementDraft(
                documents.id(),
                PlatformEnvironment.PRODUCTION,
                LocalDate.of(1999, 1, 1),
                LocalDate.of(1999, 1, 31),
                BigDecimal.ONE,
                MeasurementSource.API,
                7L);
        expect(
                caller,
                "`UsageService.record(MeasurementDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> usage.record(gone)).isInstanceOf(ConcurrentEditException.class),
                () -> usage.record(gone));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_enters_a_platforms_observations(Caller caller) {
        PlatformDetails exstream = asAdmin(() -> platformNamed(EXSTREAM));
        Quarter quarter = new Quarter(2020, 3);
        // The draft names another quarter: an allowed call is refused inside the method and writes nothing.
        List<ObservationDraft> drafts = List.of(new ObservationDraft(
                exstream.id(), "cx.complaints", quarter.plus(1), java.math.BigDecimal.ONE, null, null));
        expect(
                caller,
                "`ObservationService.saveAll(Long, Quarter, List)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> observations.saveAll(exstream.id(), quarter, drafts))
                        .isInstanceOf(DomainException.class),
                () -> observations.saveAll(exstream.id(), quarter, drafts));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_auditors_read_the_audit_trail(Caller caller) {
        expect(
                caller,
                "`AuditLogService.count(AuditLogFilter)`",
                EnumSet.of(Caller.ADMIN, Caller.AUDITOR),
                () -> assertThat(auditLog.count(AuditLogFilter.all())).isPositive(),
                () -> auditLog.count(AuditLogFilter.all()));
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.pxportal.support.TicketService tickets;

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_the_platforms_owner_records_vendor_tickets(Caller caller) {
        PlatformDetails exstream = asAdmin(() -> platformNamed(EXSTREAM));
        // The case exists with another opening time: an allowed call is refused inside and writes nothing.
        io.pxportal.support.TicketDraft draft = new io.pxportal.support.TicketDraft(
                exstream.id(),
                "OTC-P1-4711",
                io.pxportal.support.Severity.P1,
                null,
                "Access check",
                java.time.Instant.parse("2020-01-01T00:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                null);
        expect(
                caller,
                "`TicketService.record(TicketDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> tickets.record(draft))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).messageKey())
                        .isEqualTo("support.ticket.opened-fixed"),
                () -> tickets.record(draft));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_steering_and_admins_agree_roadmap_weights(Caller caller) {
        // Based on no weight set, while the demo has some: an allowed call is refused inside, nothing is written.
        expect(
                caller,
                "`ObjectiveService.changeWeights(Map, Quarter, String, Long)`",
                EnumSet.of(Caller.ADMIN, Caller.STEERING),
                () -> assertThatThrownBy(() -> objectives.changeWeights(java.util.Map.of(), null, null, null))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).messageKey())
                        .isEqualTo("roadmap.weights.changed"),
                () -> objectives.changeWeights(java.util.Map.of(), null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_of_a_concerned_platform_rates_a_roadmap_item(Caller caller) {
        // The Exstream end of support concerns Exstream Statements only (olena's); the objective does not exist.
        Long item = asAdmin(() -> roadmapItems
                .page(
                        new io.pxportal.roadmap.RoadmapItemFilter("Exstream 16.x end of support", null, null, null),
                        PageRequest.of(0, 5, Sort.by("title")))
                .getFirst()
                .id());
        long unknownObjective = Long.MAX_VALUE;
        expect(
                caller,
                "`RatingService.rate(Long, Long, Integer, String, Long)`",
                EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> ratings.rate(item, unknownObjective, 1, null, null))
                        .isInstanceOf(NotFoundException.class),
                () -> ratings.rate(item, unknownObjective, 1, null, null));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /**
     * Logs {@code caller} in and checks that exactly the {@code allowed} callers get through the method security,
     * and that the reviewed access matrix says the same for {@code matrixRow}.
     */
    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyone_logged_in_may_have_a_reviews_steering_pack(Caller caller) {
        long unknownReview = Long.MAX_VALUE; // an allowed call ends in NotFoundException before any PDF is made
        expect(
                caller,
                "`SteeringPackService.render(Long, Locale)`",
                EnumSet.complementOf(EnumSet.of(Caller.NOBODY, Caller.ANONYMOUS)),
                () -> assertThatThrownBy(() -> steeringPacks.render(unknownReview, Locale.ENGLISH))
                        .isInstanceOf(NotFoundException.class),
                () -> steeringPacks.render(unknownReview, Locale.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_finance_and_admins_enter_fx_rates(Caller caller) {
        // Base and quote are the same, so an allowed call is refused inside the method and stores nothing.
        io.pxportal.finance.FxRateDraft same = new io.pxportal.finance.FxRateDraft(
                java.time.YearMonth.of(2026, 1), "EUR", "EUR", java.math.BigDecimal.ONE, null);
        expect(
                caller,
                "`FxRateService.save(FxRateDraft)`",
                EnumSet.of(Caller.ADMIN, Caller.FINANCE),
                () -> assertThatThrownBy(() -> fxRates.save(same))
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).messageKey())
                        .isEqualTo("finance.rate.same-currency"),
                () -> fxRates.save(same));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_finance_and_admins_delete_budgets(Caller caller) {
        long unknownBudget = Long.MAX_VALUE; // an allowed call ends in NotFoundException, nothing is deleted
        expect(
                caller,
                "`BudgetService.delete(Long, Long)`",
                EnumSet.of(Caller.ADMIN, Caller.FINANCE),
                () -> assertThatThrownBy(() -> budgets.delete(unknownBudget, 0L))
                        .isInstanceOf(NotFoundException.class),
                () -> budgets.delete(unknownBudget, 0L));
    }

    private void expect(
            Caller caller, String matrixRow, Set<Caller> allowed, Runnable whenAllowed, ThrowingCallable call) {
        assertThat(matrixSays(matrixRow, caller))
                .as("access-matrix.md, row %s, column %s", matrixRow, caller.matrixColumn)
                .isEqualTo(allowed.contains(caller));
        logIn(caller);
        if (allowed.contains(caller)) {
            whenAllowed.run();
            return;
        }
        Throwable refused = catchThrowable(call);
        if (caller == Caller.NOBODY) {
            // Spring asks for the authentication lazily: an expression that needs it finds none, while one that
            // does not (@platformAccess reads the security context itself) just comes out false.
            assertThat(refused)
                    .as("%s with no authentication", matrixRow)
                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        } else {
            assertThat(refused).as("%s as %s", matrixRow, caller).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static void logIn(Caller caller) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller.authentication());
        SecurityContextHolder.setContext(context);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        logIn(Caller.ADMIN);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private PlatformDetails platformNamed(String name) {
        return platforms
                .page(new PlatformFilter(name, null, null, null, false), PageRequest.of(0, 5, Sort.by("name")))
                .stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The yes/no the reviewed matrix (src/test/resources/access-matrix.md) gives a caller for an entry point. */
    private static boolean matrixSays(String entryPoint, Caller caller) {
        List<String[]> table;
        try (InputStream in = AccessEnforcementTest.class.getResourceAsStream("/access-matrix.md")) {
            assertThat(in).as("access-matrix.md on the test classpath").isNotNull();
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> l.startsWith("|"))
                    .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("(?<!\\\\)\\|"))
                            .map(String::strip)
                            .toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int column = Arrays.asList(table.getFirst()).indexOf(caller.matrixColumn);
        assertThat(column)
                .as("column %s in access-matrix.md", caller.matrixColumn)
                .isNotNegative();
        String cell = table.stream()
                .filter(r -> r[0].equals(entryPoint))
                .findFirst()
                .map(r -> r[column])
                .orElseThrow(() -> new AssertionError("no row " + entryPoint + " in access-matrix.md"));
        return cell.equals("yes");
    }
}
