package io.pxportal.shared.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * docs/deployment.md tells an operator the truth: every environment variable the code reads is listed, every one
 * listed is read (as Spring Boot's relaxed binding reads it: {@code PX_ALERTS_SCAN_CRON} sets
 * {@code px.alerts.scan-cron}), and every scheduled job's cron property is named with its default.
 */
class DeploymentDocsTest {

    static final Path DOC = Path.of("docs/deployment.md");
    static final Path MAIN_JAVA = Path.of("src/main/java");
    static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    static final Path IMAGE_SCRIPTS = Path.of("src/image");

    private static final Pattern ENV_IN_DOC = Pattern.compile("`((?:[A-Z][A-Z0-9]*_)+[A-Z0-9]+|…_[A-Z0-9_]+)`");
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\"([A-Za-z0-9_]+)\"\\)");
    /** A shell script's variable, read ({@code ${NAME}}, {@code $NAME}) or set in the image ({@code "NAME=…}). */
    private static final Pattern SCRIPT_VARIABLE = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)|\"([A-Z][A-Z0-9_]*)=");

    private static final Pattern PROPERTY_PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-zA-Z0-9.\\-]*)[:}]");
    private static final Pattern CRON = Pattern.compile("cron\\s*=\\s*\"\\$\\{([a-z][a-zA-Z0-9.\\-]*):([^}\"]*)}\"");
    private static final Pattern CRON_IN_DOC = Pattern.compile("`(px\\.[a-z0-9.\\-]*cron)`");
    /**
     * Spring Boot's own settings (server port, profiles, mail) and the JVM's options: Spring or the JVM reads them, the
     * portal only documents them.
     */
    private static final Pattern SPRING_BOOT_OWN =
            Pattern.compile("(SPRING|SERVER|MANAGEMENT|LOGGING)_.*|JAVA_TOOL_OPTIONS");

    @Test
    void every_environment_variable_the_code_reads_is_documented() {
        Set<String> documented = documentedVariables();
        Set<String> read = new TreeSet<>();
        read.addAll(matches(files(MAIN_RESOURCES, "application"), ENV_PLACEHOLDER));
        read.addAll(matches(files(MAIN_JAVA, ""), GETENV));

        assertThat(read)
                .as("environment variables read in src/main but missing from " + DOC)
                .isSubsetOf(documented);
    }

    @Test
    void every_documented_environment_variable_is_read() {
        Set<String> explicit = new TreeSet<>(matches(files(MAIN_RESOURCES, "application"), ENV_PLACEHOLDER));
        explicit.addAll(matches(files(MAIN_JAVA, ""), GETENV));
        Set<String> properties = readProperties();
        List<Class<?>> bound = configurationPropertiesClasses();

        List<String> unread = documentedVariables().stream()
                .filter(variable -> !explicit.contains(variable)
                        && !SPRING_BOOT_OWN.matcher(variable).matches()
                        && !imageScriptVariables().contains(variable))
                .filter(variable -> !setsAProperty(variable, properties) && !bindsAnyOf(variable, bound))
                .toList();

        assertThat(unread)
                .as("documented in " + DOC + " but read nowhere in the code")
                .isEmpty();
    }

    @Test
    void every_scheduled_job_is_documented_with_its_cron_property_and_default() {
        Map<String, String> crons = new TreeMap<>();
        for (Path file : files(MAIN_JAVA, "")) {
            Matcher m = CRON.matcher(read(file));
            while (m.find()) {
                crons.put(m.group(1), m.group(2));
            }
        }
        String doc = read(DOC);
        assertThat(crons).as("scheduled jobs with a cron property").isNotEmpty();
        crons.forEach((property, cron) -> {
            assertThat(doc).as("cron property of a scheduled job in " + DOC).contains("`" + property + "`");
            assertThat(doc).as("default of " + property + " in " + DOC).contains("`" + cron + "`");
        });

        Set<String> documented = new TreeSet<>();
        Matcher m = CRON_IN_DOC.matcher(doc);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented)
                .as("cron properties documented in " + DOC + " that no job reads")
                .isSubsetOf(crons.keySet());
    }

    /**
     * The variables of the container image's scripts ({@code src/image}): the base image's build and the image's run
     * check read them, or the image sets them for the JVM; the portal itself reads none of them.
     */
    static Set<String> imageScriptVariables() {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(IMAGE_SCRIPTS)) {
            for (Path script : walk.filter(p -> p.toString().endsWith(".sh")).toList()) {
                Matcher m = SCRIPT_VARIABLE.matcher(read(script));
                while (m.find()) {
                    found.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The variables named in the doc; "…_ROLES_FINANCE" is expanded with the latest full name before it that has
     * "_ROLES_" ("PX_SSO_PROVIDERS_CORP_ROLES_ADMIN").
     */
    static Set<String> documentedVariables() {
        Set<String> names = new TreeSet<>();
        List<String> full = new ArrayList<>();
        Matcher m = ENV_IN_DOC.matcher(read(DOC));
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("…")) {
                String abbreviated = name;
                String tail = name.substring(1);
                String firstPart = tail.substring(0, tail.indexOf('_', 1) + 1);
                String base = full.reversed().stream()
                        .filter(n -> n.contains(firstPart))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                abbreviated + " in " + DOC + " abbreviates no variable before it"));
                name = base.substring(0, base.lastIndexOf(firstPart)) + tail;
            } else {
                full.add(name);
            }
            names.add(name);
        }
        return names;
    }

    /** Whether the variable, alone in the environment, gives one of the properties the code reads a value. */
    private static boolean setsAProperty(String variable, Set<String> properties) {
        StandardEnvironment environment = environmentWith(variable);
        return properties.stream().anyMatch(property -> "set".equals(environment.getProperty(property)));
    }

    /** Whether the variable, alone in the environment, binds a property of one of the configuration classes. */
    private static boolean bindsAnyOf(String variable, List<Class<?>> classes) {
        StandardEnvironment environment = environmentWith(variable);
        Binder binder = Binder.get(environment);
        AtomicBoolean used = new AtomicBoolean();
        BindHandler handler = new BindHandler() {
            @Override
            public Object onSuccess(
                    ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result) {
                if (context.getConfigurationProperty() != null) {
                    used.set(true);
                }
                return result;
            }
        };
        for (Class<?> type : classes) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            try {
                binder.bind(prefix, Bindable.of(type), handler);
            } catch (RuntimeException invalid) {
                // "set" is no valid value for some properties: the variable was read all the same.
                used.set(true);
            }
        }
        return used.get();
    }

    private static StandardEnvironment environmentWith(String variable) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .forEach(s -> environment.getPropertySources().remove(s.getName()));
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "set")));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    /** Properties the code reads: placeholders in the code and the settings, and every key the settings set. */
    private static Set<String> readProperties() {
        Set<String> properties = new TreeSet<>(matches(files(MAIN_JAVA, ""), PROPERTY_PLACEHOLDER));
        for (Path file : files(MAIN_RESOURCES, "application")) {
            properties.addAll(matches(List.of(file), PROPERTY_PLACEHOLDER));
            read(file)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                    .map(l -> l.substring(0, l.indexOf('=')).strip())
                    .forEach(properties::add);
        }
        return properties;
    }

    private static List<Class<?>> configurationPropertiesClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.pxportal")) {
            classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return classes;
    }

    private static Set<String> matches(List<Path> files, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(read(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static List<Path> files(Path root, String namePrefix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(namePrefix))
                    .filter(p -> p.toString().matches(".*\\.(java|properties|ya?ml)$"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
