package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/deployment.md and the configuration metadata the build generates from the {@code @ConfigurationProperties}
 * records (target/classes/META-INF/spring-configuration-metadata.json) agree: every property the doc names exists —
 * in the portal's metadata or in that of Spring Boot and the libraries — and every {@code px.*} property of the
 * portal is documented, by its name or by its environment variable.
 */
class DeploymentPropertiesDocsTest {

    static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A property name in backticks, up to a {@code =value} or the closing backtick. */
    private static final Pattern PROPERTY_IN_DOC =
            Pattern.compile("`((?:px|spring|server|management|logging|vaadin)\\.[A-Za-z0-9.\\-*]*[A-Za-z0-9*])[`=]");

    /** Fields the portal adds to its JSON log lines (<em>Logs</em>): named like properties, but none. */
    private static final Set<String> LOG_FIELDS = Set.of("px.error.reference", "px.import.job", "px.import.type");

    /** Vaadin hands every {@code vaadin.*} property to its servlet as an init parameter; few have metadata. */
    private static final String VAADIN_INIT_PARAMETERS = "vaadin.";

    @Test
    void every_property_the_doc_names_exists() {
        Map<String, String> known = new HashMap<>(everyLibrarysProperties());
        known.putAll(portalProperties());

        List<String> unknown = documentedProperties().stream()
                .filter(name -> !name.startsWith(VAADIN_INIT_PARAMETERS) && !exists(name, known))
                .toList();

        assertThat(unknown)
                .as("properties named in " + DeploymentDocsTest.DOC + " that neither the portal nor Spring Boot has")
                .isEmpty();
    }

    @Test
    void every_documented_px_variable_sets_a_property_of_the_portal_or_is_read_by_name() {
        Map<String, String> portal = portalProperties();
        Set<String> readByName = placeholders(Pattern.compile("\\$\\{(PX_[A-Z0-9_]+)[:}]"));

        List<String> unbound = DeploymentDocsTest.documentedVariables().stream()
                .filter(variable -> variable.startsWith("PX_") && !readByName.contains(variable))
                .filter(variable -> !DeploymentDocsTest.imageScriptVariables().contains(variable))
                .filter(variable ->
                        portal.entrySet().stream().noneMatch(p -> setBy(variable, p.getKey(), p.getValue())))
                .toList();

        assertThat(unbound)
                .as("variables in " + DeploymentDocsTest.DOC + " that set no property in " + METADATA)
                .isEmpty();
    }

    @Test
    void every_px_property_of_the_portal_is_documented() {
        String doc = read(DeploymentDocsTest.DOC);
        Map<String, String> portal = portalProperties();
        assertThat(portal)
                .as(METADATA + " (built by the configuration processor)")
                .containsKey("px.import.dir");

        List<String> undocumented = portal.keySet().stream()
                .filter(name -> !documented(name, portal.get(name), doc))
                .toList();

        assertThat(undocumented)
                .as("px.* properties of the portal missing from " + DeploymentDocsTest.DOC)
                .isEmpty();
    }

    @Test
    void a_property_two_modules_read_has_one_default() {
        Map<String, Set<String>> defaults = new TreeMap<>();
        for (JsonNode property : json(METADATA).path("properties")) {
            defaults.computeIfAbsent(property.path("name").asString(), n -> new TreeSet<>())
                    .add(property.path("defaultValue").toString());
        }
        defaults.values().removeIf(values -> values.size() == 1);

        assertThat(defaults)
                .as("properties with different defaults in " + METADATA)
                .isEmpty();
    }

    /**
     * Whether the doc names the property (alone or with a value: {@code px.scheduling.enabled=false}), its
     * environment variable, or its last part beside a sibling.
     */
    private static boolean documented(String name, String type, String doc) {
        for (String variable : variables(name)) {
            if (doc.contains("`" + variable + "`") || (isMap(type) && doc.contains("`" + variable + "_"))) {
                return true;
            }
        }
        if (doc.contains("`" + name + "`")
                || doc.contains("`" + name + "=")
                || (isMap(type) && doc.contains("`" + name + "."))) {
            return true;
        }
        // "`px.rate-limit.login-per-ip.requests`, `….per`" documents px.rate-limit.login-per-ip.per
        String parent = name.substring(0, name.lastIndexOf('.'));
        String last = name.substring(name.lastIndexOf('.') + 1);
        return doc.lines().anyMatch(line -> line.contains("`" + parent + ".") && line.contains("`…." + last + "`"));
    }

    /** Known as it is, in kebab case ({@code closeIdleSessions} binds {@code close-idle-sessions}), or as a map key. */
    private static boolean exists(String documented, Map<String, String> known) {
        String name = kebab(documented);
        if (name.endsWith(".*")) {
            String group = name.substring(0, name.length() - 2);
            return known.keySet().stream().anyMatch(k -> k.equals(group) || k.startsWith(group + "."));
        }
        return known.containsKey(name)
                || known.entrySet().stream().anyMatch(k -> isMap(k.getValue()) && name.startsWith(k.getKey() + "."));
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Spring Boot's relaxed binding: {@code PX_SSO_PROVIDERS_CORP_ISSUERURI} sets a key of {@code px.sso.providers}. */
    private static boolean setBy(String variable, String property, String type) {
        return variables(property).stream()
                .anyMatch(v -> variable.equals(v) || (isMap(type) && variable.startsWith(v + "_")));
    }

    /**
     * The environment variables that set a property: dots become underscores and dashes go
     * ({@code PX_IMPORT_STALLTIMEOUT}), or, as Spring Boot also reads them, dashes become underscores too
     * ({@code PX_ALERTS_DIGEST_FROM}).
     */
    private static List<String> variables(String property) {
        String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
        return List.of(upper.replace("-", ""), upper.replace('-', '_'));
    }

    private static boolean isMap(String type) {
        return type != null && type.startsWith("java.util.Map");
    }

    private static Set<String> documentedProperties() {
        Set<String> names = new TreeSet<>();
        Matcher m = PROPERTY_IN_DOC.matcher(read(DeploymentDocsTest.DOC));
        while (m.find()) {
            names.add(m.group(1));
        }
        names.removeAll(LOG_FIELDS);
        return names;
    }

    /** The portal's own px.* properties by name, with their types. */
    private static Map<String, String> portalProperties() {
        assertThat(METADATA)
                .as("the configuration processor's output; run the build's compile first")
                .exists();
        Map<String, String> properties = new TreeMap<>();
        for (JsonNode property : json(METADATA).path("properties")) {
            String name = property.path("name").asString();
            if (name.startsWith("px.")) {
                properties.put(name, type(property));
            }
        }
        return properties;
    }

    /** The properties of every library on the class path that ships configuration metadata (Spring Boot's own). */
    private static Map<String, String> everyLibrarysProperties() {
        Map<String, String> properties = new HashMap<>();
        try {
            for (URL url : Collections.list(DeploymentPropertiesDocsTest.class
                    .getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : JSON.readTree(in).path("properties")) {
                        properties.put(property.path("name").asString(), type(property));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(properties).as("Spring Boot's configuration metadata").containsKey("server.port");
        return properties;
    }

    private static Set<String> placeholders(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        List<Path> settings = new ArrayList<>();
        try (var files = Files.list(DeploymentDocsTest.MAIN_RESOURCES)) {
            files.filter(f -> f.getFileName().toString().startsWith("application"))
                    .forEach(settings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : settings) {
            Matcher m = pattern.matcher(read(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static String type(JsonNode property) {
        return property.hasNonNull("type") ? property.get("type").asString() : null;
    }

    private static JsonNode json(Path file) {
        return JSON.readTree(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
