package io.pxportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;

/** The module structure and the few rules Spring Modulith cannot express, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pxportal");

    @Test
    void modules_depend_only_on_what_they_declare() {
        ApplicationModules.of(PxPortalApplication.class).verify();
    }

    @Test
    void views_never_use_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void views_never_touch_entities() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void no_public_service_method_returns_or_takes_an_entity() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an entity", (com.tngtech.archunit.core.domain.JavaClass c) -> c.isAnnotatedWith(Entity.class)))
                .orShould()
                .haveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an entity parameter",
                        (java.util.List<com.tngtech.archunit.core.domain.JavaClass> ps) ->
                                ps.stream().anyMatch(p -> p.isAnnotatedWith(Entity.class))))
                .check(CLASSES);
    }

    /**
     * Every date and time in the portal comes from its {@link Clock} bean, so that a fixed clock in tests (and a
     * moved one in operations) reaches the views, forms and controllers too: {@code LocalDate.now()} and friends
     * are allowed only with a Clock argument, and only the time configuration reads the system clock.
     */
    private static final ArchRule TIME_FROM_THE_PORTAL_CLOCK = noClasses()
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "reads the system time instead of the portal's Clock", ArchitectureTest::readsSystemTime));

    @Test
    void time_is_read_from_the_portal_clock() {
        TIME_FROM_THE_PORTAL_CLOCK.check(CLASSES);
    }

    @Test
    void the_clock_rule_refuses_now_without_a_clock_and_allows_it_with_one() {
        ClassFileImporter importer = new ClassFileImporter();
        for (Class<?> offender : List.of(TodayFromTheSystem.class, NowInAZone.class, MillisFromTheSystem.class)) {
            assertThatThrownBy(() -> TIME_FROM_THE_PORTAL_CLOCK.check(importer.importClasses(offender)))
                    .as(offender.getSimpleName())
                    .isInstanceOf(AssertionError.class);
        }
        TIME_FROM_THE_PORTAL_CLOCK.check(importer.importClasses(TodayFromTheClock.class));
    }

    static class TodayFromTheSystem {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static class NowInAZone {
        LocalDateTime now() {
            return LocalDateTime.now(ZoneOffset.UTC);
        }
    }

    static class MillisFromTheSystem {
        long now() {
            return System.currentTimeMillis();
        }
    }

    static class TodayFromTheClock {
        YearMonth month(Clock clock) {
            return YearMonth.now(clock.withZone(ZoneOffset.UTC));
        }
    }

    private static boolean readsSystemTime(JavaMethodCall call) {
        MethodCallTarget target = call.getTarget();
        JavaClass owner = target.getOwner();
        String name = target.getName();
        if (owner.getPackageName().equals("java.time") && name.equals("now")) {
            List<JavaClass> parameters = target.getRawParameterTypes();
            return !(parameters.size() == 1 && parameters.getFirst().isEquivalentTo(Clock.class));
        }
        if (owner.isEquivalentTo(Clock.class) && name.startsWith("system")) {
            return !call.getOriginOwner().getName().equals("io.pxportal.shared.TimeConfiguration");
        }
        return owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
    }

    /** The feature modules: every module but {@code shared}, read from the module model so a new one is covered. */
    private static String[] featureModulePackages() {
        return ApplicationModules.of(PxPortalApplication.class).stream()
                .map(module -> module.getBasePackage().getName())
                .filter(name -> !name.equals("io.pxportal.shared"))
                .map(name -> name + "..")
                .toArray(String[]::new);
    }

    @Test
    void the_shell_knows_no_feature_module() {
        String[] features = featureModulePackages();
        org.assertj.core.api.Assertions.assertThat(features)
                .contains("io.pxportal.identity..", "io.pxportal.support..");
        noClasses()
                .that()
                .resideInAPackage("io.pxportal.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(features)
                .check(CLASSES);
    }

    /**
     * Services, entities, controllers and SPIs of every module never reach into a view package ({@code ui}), their
     * own module's or another's: what a service needs from the shell lives outside {@code ui} (the error reference
     * in {@code shared.operations}, the user's settings in {@code shared.security}). No exception is allowed; one
     * would need its reason written here.
     */
    private static final ArchRule ONLY_VIEWS_DEPEND_ON_VIEWS = noClasses()
            .that()
            .resideInAPackage("io.pxportal..")
            .and()
            .resideOutsideOfPackage("io.pxportal..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.pxportal..ui..");

    @Test
    void only_views_depend_on_views() {
        ONLY_VIEWS_DEPEND_ON_VIEWS.check(CLASSES);
    }

    @Test
    void the_view_rule_refuses_a_service_that_uses_a_view_class() {
        ClassFileImporter importer = new ClassFileImporter();
        assertThatThrownBy(() -> ONLY_VIEWS_DEPEND_ON_VIEWS.check(importer.importClasses(ServiceUsingTheShell.class)))
                .isInstanceOf(AssertionError.class);
        ONLY_VIEWS_DEPEND_ON_VIEWS.check(importer.importClasses(ServiceUsingTheClock.class));
    }

    static class ServiceUsingTheShell {
        long count(io.pxportal.shared.ui.ShellBadge badge) {
            return badge.count();
        }
    }

    static class ServiceUsingTheClock {
        Clock clock(Clock clock) {
            return clock;
        }
    }
}
