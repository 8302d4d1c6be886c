package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.vaadin.flow.router.DefaultRoutePathProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.pxportal.portfolio.PlatformAccess;
import io.pxportal.shared.security.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.expression.AccessException;
import org.springframework.expression.BeanResolver;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.objenesis.SpringObjenesis;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionOperations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.SecurityAnnotationScanner;
import org.springframework.security.core.annotation.SecurityAnnotationScanners;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Who may open which view and call which secured service method, derived from the annotations in the code and
 * compared with the reviewed matrix in {@code src/test/resources/access-matrix.md} (also shown in
 * {@code docs/security.md}). A change of any access rule, a new view or a new service method changes the matrix,
 * so someone has to decide the new rows consciously.
 *
 * <p>Views are judged by Vaadin's own {@link AccessAnnotationChecker}; service methods by Spring Security's own
 * {@link PreAuthorizeAuthorizationManager} (annotation lookup and SpEL evaluation exactly as at run time), with a
 * stand-in for the {@code @platformAccess} bean that says "may edit" for an admin and for the owner column only.
 * No Spring context is started.
 *
 * <p>Regenerate after a deliberate change: {@code ./mvnw -o test -Dtest=AccessMatrixTest -Dpx.updateGolden=true},
 * then review the diff of both files.
 */
class AccessMatrixTest {

    static final Path GOLDEN = Path.of("src/test/resources/access-matrix.md");
    static final Path SECURITY_DOC = Path.of("docs/security.md");
    static final String DOC_START = "<!-- access-matrix:start -->";
    static final String DOC_END = "<!-- access-matrix:end -->";
    static final String DECIDE =
            "decide each new row, then copy it into src/test/resources/access-matrix.md and " + "docs/security.md";

    private static final String BASE_PACKAGE = "io.pxportal";
    private static final String OWNER = "owner";
    private static final SecurityAnnotationScanner<PreAuthorize> PRE_AUTHORIZE =
            SecurityAnnotationScanners.requireUnique(PreAuthorize.class);

    /** The matrix columns: who is calling. */
    enum Caller {
        ANONYMOUS("anonymous", null, null),
        ADMIN("ADMIN", "admin", Role.ADMIN),
        PRODUCT_OWNER_OWNER("PRODUCT_OWNER (owner)", OWNER, Role.PRODUCT_OWNER),
        PRODUCT_OWNER_NOT_OWNER("PRODUCT_OWNER (not owner)", "not-owner", Role.PRODUCT_OWNER),
        FINANCE("FINANCE", "finance", Role.FINANCE),
        STEERING("STEERING", "steering", Role.STEERING),
        AUDITOR("AUDITOR", "auditor", Role.AUDITOR);

        final String header;
        final Authentication authentication;

        Caller(String header, String username, Role role) {
            this.header = header;
            this.authentication = role == null
                    ? new AnonymousAuthenticationToken(
                            "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                    : UsernamePasswordAuthenticationToken.authenticated(
                            username, null, AuthorityUtils.createAuthorityList(role.authority()));
        }

        boolean hasRole(String role) {
            return authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .anyMatch(("ROLE_" + role)::equals);
        }
    }

    /** One row: an entry point, the rule as written, and the answer per caller. */
    record Row(int kind, String sortKey, String entryPoint, String rule, Map<Caller, Boolean> access) {}

    private static List<Class<?>> views;
    private static List<Class<?>> beans;
    private static String rendered;

    @BeforeAll
    static void scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Class<?>> classes = scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .sorted()
                .map(AccessMatrixTest::load)
                .filter(c -> !isTestCode(c))
                .toList();
        views = classes.stream().filter(c -> c.isAnnotationPresent(Route.class)).toList();
        beans = classes.stream()
                .filter(c -> AnnotatedElementUtils.hasAnnotation(c, Component.class))
                .toList();
        assertThat(views).as("views found by scanning " + BASE_PACKAGE).isNotEmpty();
        assertThat(beans).as("beans found by scanning " + BASE_PACKAGE).isNotEmpty();
        rendered = render(matrix());
    }

    @Test
    void every_view_declares_who_may_open_it() {
        List<String> open = views.stream()
                .filter(v -> Stream.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class)
                        .noneMatch(securityTarget(v)::isAnnotationPresent))
                .map(Class::getName)
                .toList();
        assertThat(open)
                .as("@Route classes without @PermitAll, @RolesAllowed, @AnonymousAllowed or @DenyAll")
                .isEmpty();
    }

    @Test
    void every_public_service_method_checks_its_caller() {
        List<String> unchecked = beans.stream()
                .filter(c -> AnnotatedElementUtils.hasAnnotation(c, Service.class))
                .flatMap(c -> publicMethods(c).stream()
                        .filter(m -> PRE_AUTHORIZE.scan(m, c) == null)
                        .map(m -> c.getSimpleName() + "." + signature(m)))
                .toList();
        assertThat(unchecked)
                .as("public methods of @Service classes without @PreAuthorize (on the method or the class)")
                .isEmpty();
    }

    @Test
    void access_matrix_is_the_reviewed_one() throws IOException {
        if (Boolean.getBoolean("px.updateGolden")) {
            Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
            updateSecurityDoc(rendered);
            return;
        }
        String golden = Files.exists(GOLDEN) ? normalize(Files.readString(GOLDEN, StandardCharsets.UTF_8)) : "";
        if (!golden.equals(rendered)) {
            fail(changeReport(
                    "The access matrix derived from the code differs from " + GOLDEN + ".", golden, rendered));
        }
    }

    @Test
    void security_doc_shows_the_same_matrix() throws IOException {
        if (Boolean.getBoolean("px.updateGolden")) {
            return; // written by access_matrix_is_the_reviewed_one
        }
        String doc =
                Files.exists(SECURITY_DOC) ? normalize(Files.readString(SECURITY_DOC, StandardCharsets.UTF_8)) : "";
        String shown = between(doc);
        if (!shown.equals(rendered)) {
            fail(changeReport(
                    SECURITY_DOC + " does not show the current access matrix between " + DOC_START + " and " + DOC_END
                            + ".",
                    shown,
                    rendered));
        }
    }

    @Test
    void stand_in_for_ownership_rules_has_every_method_of_the_real_ones() {
        for (Class<?> rule : MatrixExpressionHandler.OWNERSHIP_BEANS.values()) {
            assertThat(publicMethods(PlatformAccessStandIn.class, PlatformAccessStandIn.class.getName()).stream()
                            .map(AccessMatrixTest::signature)
                            .toList())
                    .as("methods of the ownership stand-in: give it an answer for each method of " + rule.getName())
                    .containsExactlyElementsOf(publicMethods(rule).stream()
                            .map(AccessMatrixTest::signature)
                            .toList());
        }
    }

    // --- deriving the matrix -------------------------------------------------------------------------------

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        AccessAnnotationChecker viewChecker = new AccessAnnotationChecker();
        for (Class<?> view : views) {
            Map<Caller, Boolean> access = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                access.put(
                        caller,
                        viewChecker.hasAccess(
                                view, caller == Caller.ANONYMOUS ? null : caller.authentication, caller::hasRole));
            }
            Set<String> paths = new LinkedHashSet<>();
            paths.add("/" + new DefaultRoutePathProvider().getRoutePath(view));
            Arrays.stream(view.getAnnotationsByType(RouteAlias.class))
                    .map(a -> "/" + a.value())
                    .forEach(paths::add);
            String entry = "view " + paths.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")) + " ("
                    + view.getSimpleName() + ")";
            rows.add(new Row(0, paths.iterator().next() + " " + view.getName(), entry, viewRule(view), access));
        }

        PreAuthorizeAuthorizationManager methodChecker = new PreAuthorizeAuthorizationManager();
        methodChecker.setExpressionHandler(new MatrixExpressionHandler());
        SpringObjenesis objenesis = new SpringObjenesis();
        for (Class<?> bean : beans) {
            Object target = null;
            for (Method method : publicMethods(bean)) {
                PreAuthorize rule = PRE_AUTHORIZE.scan(method, bean);
                if (rule == null) {
                    continue;
                }
                target = target != null ? target : objenesis.newInstance(bean); // never called, only its type counts
                MethodInvocation call =
                        new SimpleMethodInvocation(target, method, new Object[method.getParameterCount()]);
                Map<Caller, Boolean> access = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    AuthorizationResult result = methodChecker.authorize(() -> caller.authentication, call);
                    access.put(caller, result != null && result.isGranted());
                }
                String signature = signature(method);
                rows.add(new Row(
                        1,
                        bean.getSimpleName() + "." + signature + " " + bean.getName(),
                        "`" + bean.getSimpleName() + "." + signature + "`",
                        "`" + rule.value() + "`",
                        access));
            }
        }
        rows.sort(Comparator.comparingInt(Row::kind).thenComparing(Row::sortKey));
        return rows;
    }

    /** Where Vaadin reads a view's access annotations from: the view, or the nearest superclass that has some. */
    private static AnnotatedElement securityTarget(Class<?> view) {
        return new AccessAnnotationChecker().getSecurityTarget(view);
    }

    private static String viewRule(Class<?> type) {
        AnnotatedElement view = securityTarget(type);
        List<String> rules = new ArrayList<>();
        if (view.isAnnotationPresent(DenyAll.class)) {
            rules.add("@DenyAll");
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            rules.add("@AnonymousAllowed");
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            rules.add("@RolesAllowed(" + String.join(", ", roles.value()) + ")");
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            rules.add("@PermitAll");
        }
        return rules.isEmpty() ? "(none)" : String.join(" ", rules);
    }

    /** Public instance methods a caller can reach through the bean's proxy, declared in the portal's own code. */
    static List<Method> publicMethods(Class<?> type) {
        return publicMethods(type, BASE_PACKAGE + ".");
    }

    private static List<Method> publicMethods(Class<?> type, String declaredUnder) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass().getName().startsWith(declaredUnder))
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic())
                .sorted(Comparator.comparing(AccessMatrixTest::signature))
                .toList();
    }

    static String signature(Method method) {
        return method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * Spring Security's handler, with stand-ins for the beans that {@code @PreAuthorize} expressions call: for
     * {@code @platformAccess} one that answers like {@link PlatformAccess} does, yes for an admin and for the owner
     * column, no for everyone else.
     */
    static final class MatrixExpressionHandler extends DefaultMethodSecurityExpressionHandler {

        /** Ownership rules by bean name: each answers "may edit" for an admin and for an owner of the record. */
        static final java.util.Map<String, Class<?>> OWNERSHIP_BEANS = java.util.Map.ofEntries(
                java.util.Map.entry("platformAccess", PlatformAccess.class),
                java.util.Map.entry("contractAccess", io.pxportal.contracts.ContractAccess.class),
                java.util.Map.entry("entitlementAccess", io.pxportal.licensing.EntitlementAccess.class),
                java.util.Map.entry("actionAccess", io.pxportal.governance.ActionAccess.class),
                java.util.Map.entry("financeAccess", io.pxportal.finance.FinanceAccess.class),
                java.util.Map.entry("ticketAccess", io.pxportal.support.TicketAccess.class),
                java.util.Map.entry("outageAccess", io.pxportal.support.OutageAccess.class),
                java.util.Map.entry("creditAccess", io.pxportal.support.CreditAccess.class),
                java.util.Map.entry("slaPolicyAccess", io.pxportal.support.SlaPolicyAccess.class),
                java.util.Map.entry("businessCalendarAccess", io.pxportal.support.BusinessCalendarAccess.class),
                java.util.Map.entry("roadmapItemAccess", io.pxportal.roadmap.RoadmapItemAccess.class),
                java.util.Map.entry("requirementAccess", io.pxportal.roadmap.RequirementAccess.class));

        private final BeanResolver beans = (EvaluationContext context, String name) -> {
            if (!OWNERSHIP_BEANS.containsKey(name)) {
                throw new AccessException("AccessMatrixTest has no stand-in for @" + name
                        + " used in a @PreAuthorize expression: add one to MatrixExpressionHandler");
            }
            Authentication caller = ((MethodSecurityExpressionOperations)
                            context.getRootObject().getValue())
                    .getAuthentication();
            boolean admin = caller.getAuthorities().stream()
                    .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
            return new PlatformAccessStandIn(admin || OWNER.equals(caller.getName()));
        };

        @Override
        public EvaluationContext createEvaluationContext(
                Supplier<? extends Authentication> authentication, MethodInvocation invocation) {
            EvaluationContext context = super.createEvaluationContext(authentication, invocation);
            ((StandardEvaluationContext) context).setBeanResolver(beans);
            return context;
        }
    }

    /**
     * Answers in place of {@link PlatformAccess} (SpEL calls methods by name, so the type need not match). A plain
     * class rather than a Mockito mock: creating the first mock costs most of a second, this test should not.
     * {@link #stand_in_for_platform_access_has_every_method_of_the_real_one} keeps the two in step.
     */
    public static final class PlatformAccessStandIn {

        private final boolean mayEdit;

        PlatformAccessStandIn(boolean mayEdit) {
            this.mayEdit = mayEdit;
        }

        public boolean canEdit(Long platformId) {
            return mayEdit;
        }
    }

    // --- rendering and comparing ---------------------------------------------------------------------------

    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder("| Entry point | Rule |");
        StringBuilder line = new StringBuilder("|---|---|");
        for (Caller caller : Caller.values()) {
            out.append(' ').append(caller.header).append(" |");
            line.append(":-:|");
        }
        out.append('\n').append(line).append('\n');
        for (Row row : rows) {
            out.append("| ")
                    .append(cell(row.entryPoint()))
                    .append(" | ")
                    .append(cell(row.rule()))
                    .append(" |");
            for (Caller caller : Caller.values()) {
                out.append(' ').append(row.access().get(caller) ? "yes" : "no").append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String normalize(String text) {
        String unix = text.replace("\r\n", "\n");
        return unix.endsWith("\n") || unix.isEmpty() ? unix : unix + "\n";
    }

    private static String between(String doc) {
        int start = doc.indexOf(DOC_START);
        int end = doc.indexOf(DOC_END);
        if (start < 0 || end < start) {
            return "";
        }
        return doc.substring(start + DOC_START.length(), end).strip() + "\n";
    }

    private static void updateSecurityDoc(String rendered) throws IOException {
        if (!Files.exists(SECURITY_DOC)) {
            return;
        }
        String doc = normalize(Files.readString(SECURITY_DOC, StandardCharsets.UTF_8));
        int start = doc.indexOf(DOC_START);
        int end = doc.indexOf(DOC_END);
        if (start < 0 || end < start) {
            return;
        }
        Files.writeString(
                SECURITY_DOC,
                doc.substring(0, start + DOC_START.length()) + "\n" + rendered + doc.substring(end),
                StandardCharsets.UTF_8);
    }

    private static String changeReport(String what, String expected, String actual) {
        Set<String> before = new TreeSet<>(expected.lines().toList());
        Set<String> after = new TreeSet<>(actual.lines().toList());
        String added = actual.lines().filter(l -> !before.contains(l)).collect(Collectors.joining("\n"));
        String removed = expected.lines().filter(l -> !after.contains(l)).collect(Collectors.joining("\n"));
        return what + " Access rules changed: " + DECIDE
                + " (or rerun with -Dpx.updateGolden=true and review the diff).\n\n"
                + "New or changed rows, as the code has them now:\n" + (added.isEmpty() ? "(none)" : added)
                + "\n\nRows of the reviewed matrix that the code no longer produces (changed or removed):\n"
                + (removed.isEmpty() ? "(none)" : removed) + "\n\n"
                + "The whole access matrix as the code has it now:\n\n" + actual;
    }

    /**
     * Views and beans that only tests define are not the portal's: they sit on the same classpath entry as this
     * test (unless a tool puts main and test classes together, then nothing is left out).
     */
    private static boolean isTestCode(Class<?> type) {
        Object tests = location(AccessMatrixTest.class);
        return tests != null && !tests.equals(location(PxPortalApplication.class)) && tests.equals(location(type));
    }

    private static Object location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource() == null
                ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, AccessMatrixTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
