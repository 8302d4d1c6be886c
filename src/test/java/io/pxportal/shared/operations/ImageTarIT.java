package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OCI image as the {@code image} profile builds it (docs/deployment.md, "Container image"), read from its tar
 * without a container runtime: the configuration names a user that is not root, both ports, the entry point with the
 * heap limit and the production profile; the layers hold Vaadin's production bundle and its token, and none of Vaadin's
 * development tools. Runs only in that profile, after {@code jib:buildTar}.
 */
class ImageTarIT {

    private static final String TOKEN = "app/resources/META-INF/VAADIN/config/flow-build-info.json";

    @Test
    void the_image_runs_the_portal_as_a_user_with_its_heap_limit_on_both_ports() throws IOException {
        Map<String, byte[]> files = read(Path.of(System.getProperty("px.image.tar", "target/px-portal-image.tar")));
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        JsonNode config =
                JSON.readTree(files.get(manifest.get("Config").asString())).get("config");

        assertThat(config.get("User").asString())
                .isEqualTo("65532:65532")
                .doesNotStartWith("0")
                .isNotEqualTo("root");
        assertThat(names(config.get("ExposedPorts"))).containsExactlyInAnyOrder("8080/tcp", "8081/tcp");
        List<String> entrypoint = texts(config.get("Entrypoint"));
        assertThat(entrypoint.getFirst()).isEqualTo("java");
        assertThat(entrypoint)
                .contains("-Xmx768m", "-Djava.awt.headless=true")
                .endsWith("io.pxportal.PxPortalApplication");
        assertThat(texts(config.get("Env"))).contains("SPRING_PROFILES_ACTIVE=prod");
        // Every layer the manifest names is in the tar, so `docker load` or skopeo take it as it is.
        assertThat(texts(manifest.get("Layers")))
                .isNotEmpty()
                .allSatisfy(layer -> assertThat(files).containsKey(layer));
        assertThat(texts(manifest.get("Layers")))
                .anySatisfy(layer -> assertThat(files.get(layer).length)
                        .as("the layer of the portal's own classes")
                        .isPositive());
    }

    /**
     * Without the token the portal starts in development mode and stops at once, as the dev server is not in the
     * image: the token is written during the build and removed when it ends, so a lone {@code jib:buildTar} after a
     * finished build leaves it out.
     */
    @Test
    void the_image_carries_the_production_bundle_and_no_development_tools() throws IOException {
        Map<String, byte[]> files = read(Path.of(System.getProperty("px.image.tar", "target/px-portal-image.tar")));
        Map<String, byte[]> layered = new HashMap<>();
        for (String layer :
                texts(JSON.readTree(files.get("manifest.json")).get(0).get("Layers"))) {
            layered.putAll(readLayer(files.get(layer)));
        }

        assertThat(layered).containsKey(TOKEN);
        assertThat(JSON.readTree(layered.get(TOKEN)).get("productionMode").asBoolean())
                .isTrue();
        assertThat(layered.keySet())
                .anyMatch(name -> name.startsWith("app/resources/META-INF/VAADIN/webapp/VAADIN/build/"))
                .anyMatch(name -> name.matches("app/libs/flow-server-[\\d.]+\\.jar"))
                .noneMatch(name -> name.matches("app/libs/(vaadin-dev|copilot|flow-build-tools)[-\\w.]*\\.jar"));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A layer's file names, with the contents of the small ones (the token, not the jars). */
    private static Map<String, byte[]> readLayer(byte[] gzippedTar) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzippedTar));
                TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), entry.getSize() < 64 * 1024 ? entries.readAllBytes() : new byte[0]);
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> read(Path tar) throws IOException {
        assertThat(tar).as("built by ./mvnw -Pimage package").exists();
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(tar);
                TarArchiveInputStream entries = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.isFile()) {
                    files.put(entry.getName(), entries.readAllBytes());
                }
            }
        }
        return files;
    }

    private static List<String> names(JsonNode object) {
        return StreamSupport.stream(object.propertyNames().spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
