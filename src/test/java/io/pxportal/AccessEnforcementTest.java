package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.pxportal.experience.CatalogueDraft;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.ObservationDraft;
import io.pxportal.experience.ObservationService;
import io.pxportal.experience.Quarter;
import io.pxportal.governance.AuditLogService;
import io.pxportal.identity.ApiTokenService;
import io.pxportal.shared.audit.AuditLogFilter;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserRow;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
                return new AnonymousAuthenticationToken("test", username,
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
            return UsernamePasswordAuthenticationToken.authenticated(username, null,
                    AuthorityUtils.createAuthorityList(role.authority()));
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
    CatalogueService catalogues;

    @Autowired
    ObservationService observations;

    @Autowired
    AuditLogService auditLog;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_auditors_list_users(Caller caller) {
        expect(caller, "`UserAdminService.page(String, Pageable)`", EnumSet.of(Caller.ADMIN, Caller.AUDITOR),
                () -> assertThat(users.page("", PageRequest.of(0, 20, Sort.by("username"))))
                        .extracting(UserRow::username).contains("admin", "auditor"),
                () -> users.page("", PageRequest.of(0, 20)));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyone_logged_in_reads_platforms(Caller caller) {
        expect(caller, "`PlatformService.count(PlatformFilter)`",
                EnumSet.complementOf(EnumSet.of(Caller.NOBODY, Caller.ANONYMOUS)),
                () -> assertThat(platforms.count(PlatformFilter.all())).isPositive(),
                () -> platforms.count(PlatformFilter.all()));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_delete_vendors(Caller caller) {
        long unknownVendor = Long.MAX_VALUE; // an allowed call ends in NotFoundException, nothing is deleted
        expect(caller, "`VendorService.delete(Long, Long)`", EnumSet.of(Caller.ADMIN),
                () -> assertThatThrownBy(() -> vendors.delete(unknownVendor, 0L)).isInstanceOf(NotFoundException.class),
                () -> vendors.delete(unknownVendor, 0L));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_product_owners_create_vendors(Caller caller) {
        // The name is taken, so an allowed call is refused inside the method and creates nothing.
        VendorDraft duplicate = new VendorDraft("OpenText", "CA", null, null, null, List.of(), null);
        expect(caller, "`VendorService.create(VendorDraft)`", EnumSet.of(Caller.ADMIN, Caller.OLENA, Caller.MARC),
                () -> assertThatThrownBy(() -> vendors.create(duplicate)).isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("vendor.name.taken"),
                () -> vendors.create(duplicate));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_deletes_a_platform(Caller caller) {
        PlatformDetails exstream = asAdmin(() -> platformNamed(EXSTREAM));
        Long staleVersion = exstream.version() + 1000; // an allowed call ends in ConcurrentEditException
        expect(caller, "`PlatformService.delete(Long, Long)`", EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> platforms.delete(exstream.id(), staleVersion))
                        .isInstanceOf(ConcurrentEditException.class),
                () -> platforms.delete(exstream.id(), staleVersion));
        assertThat(asAdmin(() -> platforms.get(exstream.id())).version()).as("untouched").isEqualTo(exstream.version());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_revoke_someone_elses_api_token(Caller caller) {
        long unknownToken = Long.MAX_VALUE; // an allowed call ends in NotFoundException, nothing is revoked
        expect(caller, "`ApiTokenService.revoke(Long)`", EnumSet.of(Caller.ADMIN),
                () -> assertThatThrownBy(() -> apiTokens.revoke(unknownToken)).isInstanceOf(NotFoundException.class),
                () -> apiTokens.revoke(unknownToken));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_steering_publish_the_metric_catalogue(Caller caller) {
        // Based on version 0, long superseded: an allowed call ends in ConcurrentEditException, nothing is published.
        CatalogueDraft stale = asAdmin(() -> CatalogueDraft.from(catalogues.current(), null));
        CatalogueDraft draft = new CatalogueDraft(0, null, stale.dimensionWeights(), stale.pillarWeights(), List.of());
        expect(caller, "`CatalogueService.publish(CatalogueDraft)`", EnumSet.of(Caller.ADMIN, Caller.STEERING),
                () -> assertThatThrownBy(() -> catalogues.publish(draft)).isInstanceOf(ConcurrentEditException.class),
                () -> catalogues.publish(draft));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_an_admin_or_an_owner_enters_a_platforms_observations(Caller caller) {
        PlatformDetails exstream = asAdmin(() -> platformNamed(EXSTREAM));
        Quarter quarter = new Quarter(2020, 3);
        // The draft names another quarter: an allowed call is refused inside the method and writes nothing.
        List<ObservationDraft> drafts = List.of(new ObservationDraft(exstream.id(), "cx.complaints", quarter.plus(1),
                java.math.BigDecimal.ONE, null, null));
        expect(caller, "`ObservationService.saveAll(Long, Quarter, List)`", EnumSet.of(Caller.ADMIN, Caller.OLENA),
                () -> assertThatThrownBy(() -> observations.saveAll(exstream.id(), quarter, drafts))
                        .isInstanceOf(DomainException.class),
                () -> observations.saveAll(exstream.id(), quarter, drafts));
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void only_admins_and_auditors_read_the_audit_trail(Caller caller) {
        expect(caller, "`AuditLogService.count(AuditLogFilter)`", EnumSet.of(Caller.ADMIN, Caller.AUDITOR),
                () -> assertThat(auditLog.count(AuditLogFilter.all())).isPositive(),
                () -> auditLog.count(AuditLogFilter.all()));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /**
     * Logs {@code caller} in and checks that exactly the {@code allowed} callers get through the method security,
     * and that the reviewed access matrix says the same for {@code matrixRow}.
     */
    private void expect(Caller caller, String matrixRow, Set<Caller> allowed, Runnable whenAllowed,
                        ThrowingCallable call) {
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
            assertThat(refused).as("%s with no authentication", matrixRow)
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
        return platforms.page(new PlatformFilter(name, null, null, null, false), PageRequest.of(0, 5, Sort.by("name")))
                .stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The yes/no the reviewed matrix (src/test/resources/access-matrix.md) gives a caller for an entry point. */
    private static boolean matrixSays(String entryPoint, Caller caller) {
        List<String[]> table;
        try (InputStream in = AccessEnforcementTest.class.getResourceAsStream("/access-matrix.md")) {
            assertThat(in).as("access-matrix.md on the test classpath").isNotNull();
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("|"))
                    .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("(?<!\\\\)\\|")).map(String::strip)
                            .toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int column = Arrays.asList(table.getFirst()).indexOf(caller.matrixColumn);
        assertThat(column).as("column %s in access-matrix.md", caller.matrixColumn).isNotNegative();
        String cell = table.stream().filter(r -> r[0].equals(entryPoint)).findFirst().map(r -> r[column])
                .orElseThrow(() -> new AssertionError("no row " + entryPoint + " in access-matrix.md"));
        return cell.equals("yes");
    }
}
