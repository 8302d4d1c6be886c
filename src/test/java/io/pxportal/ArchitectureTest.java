package io.pxportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
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

    @Test
    void the_shell_knows_no_feature_module() {
        noClasses()
                .that()
                .resideInAPackage("io.pxportal.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.pxportal.identity..", "io.pxportal.portfolio..")
                .check(CLASSES);
    }
}
