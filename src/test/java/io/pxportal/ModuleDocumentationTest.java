package io.pxportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams of docs/architecture.md are Spring Modulith's own: its {@link Documenter} writes them on every
 * build into {@code target/spring-modulith-docs} (the overview {@code components.puml} and one
 * {@code module-<name>.puml} per module, C4 PlantUML), and the copies committed under {@code docs/modules} must be
 * the same, so a changed dependency cannot leave the documented picture behind.
 *
 * <p>After a deliberate change: {@code ./mvnw test -Dtest=ModuleDocumentationTest -Dpx.updateGolden=true} copies the
 * written files to docs/modules; review the diff.
 */
class ModuleDocumentationTest {

    private static final Path WRITTEN = Path.of("target/spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void committed_module_diagrams_are_the_ones_modulith_writes() throws IOException {
        ApplicationModules modules = ApplicationModules.of(PxPortalApplication.class);
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        List<String> written = diagrams(WRITTEN);
        assertThat(written).contains("components.puml", "module-governance.puml", "module-demo.puml");
        if (Boolean.getBoolean("px.updateGolden")) {
            Files.createDirectories(COMMITTED);
            for (String stale : diagrams(COMMITTED)) {
                Files.delete(COMMITTED.resolve(stale));
            }
            for (String name : written) {
                Files.copy(WRITTEN.resolve(name), COMMITTED.resolve(name));
            }
        }
        assertThat(diagrams(COMMITTED))
                .as("diagrams in %s (rerun with -Dpx.updateGolden=true and review the diff)", COMMITTED)
                .isEqualTo(written);
        for (String name : written) {
            assertThat(lines(COMMITTED.resolve(name)))
                    .as("%s differs from what Modulith writes (rerun with -Dpx.updateGolden=true)", name)
                    .containsExactlyInAnyOrderElementsOf(lines(WRITTEN.resolve(name)));
        }
    }

    private static List<String> diagrams(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return List.copyOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".puml"))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /**
     * A diagram's lines, each a component, a relation or a setting. Their order is left out, so that a changed
     * module, dependency or label fails the build, not the order in which the writer happens to list them.
     */
    private static List<String> lines(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    }
}
