package io.pxportal.shared.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the four message bundles in step with each other and with the code, without a Spring context: a key
 * missing in one language shows up as "!key" on screen, and a lost placeholder silently drops a name or a
 * number from a sentence.
 */
class MessageBundlesTest {

    private static final String ENGLISH = "en";
    private static final List<String> TRANSLATIONS = List.of("uk", "ru", "ar");

    /** A MessageFormat argument such as {0}, {1,number} or {0,date,short}: group 1 is its index. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.-]+)\"");
    /** An ASCII apostrophe that is not doubled: MessageFormat would take it as the start of a quoted text. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** Language (en, uk, ru, ar) to its bundle. */
    private static Map<String, Properties> bundles;

    /** The bundles Spring and Vaadin read, in order: one per module that has its own texts. */
    private static List<String> basenames;

    @BeforeAll
    static void loadBundles() {
        basenames = configuredBasenames();
        bundles = new LinkedHashMap<>();
        bundles.put(ENGLISH, loadAll(""));
        for (String language : TRANSLATIONS) {
            bundles.put(language, loadAll("_" + language));
        }
    }

    /** The basenames of {@code spring.messages.basename} in application.properties, e.g. messages, i18n/finance. */
    private static List<String> configuredBasenames() {
        Properties application = load("application.properties");
        String value = application.getProperty("spring.messages.basename");
        assertThat(value)
                .as("spring.messages.basename in application.properties")
                .isNotBlank();
        return Stream.of(value.split(","))
                .map(String::trim)
                .filter(b -> !b.isEmpty())
                .toList();
    }

    /** One language's bundles merged; a key defined in two modules' bundles would shadow one of them. */
    private static Properties loadAll(String suffix) {
        Properties merged = new Properties();
        for (String basename : basenames) {
            Properties bundle = load(basename + suffix + ".properties");
            for (String key : bundle.stringPropertyNames()) {
                assertThat(merged.containsKey(key))
                        .as("key %s of %s%s is already defined by an earlier bundle", key, basename, suffix)
                        .isFalse();
                merged.setProperty(key, bundle.getProperty(key));
            }
        }
        return merged;
    }

    /** A key written twice in one file is a merge gone wrong: only the later text would ever be shown. */
    private static Properties load(String resource) {
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                assertThat(containsKey(key))
                        .as("key %s defined twice in %s", key, resource)
                        .isFalse();
                return super.put(key, value);
            }
        };
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s on the classpath", resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void every_key_exists_in_all_four_languages() {
        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(b -> allKeys.addAll(b.stringPropertyNames()));

        Map<String, Set<String>> missing = new TreeMap<>();
        bundles.forEach((language, bundle) -> {
            Set<String> absent = new TreeSet<>(allKeys);
            absent.removeAll(bundle.stringPropertyNames());
            if (!absent.isEmpty()) {
                missing.put(language, absent);
            }
        });

        assertThat(missing).as("keys missing per language").isEmpty();
    }

    @Test
    void no_translation_is_blank() {
        Map<String, Set<String>> blank = new TreeMap<>();
        for (String language : TRANSLATIONS) {
            Properties bundle = bundles.get(language);
            Set<String> keys = new TreeSet<>();
            for (String key : bundle.stringPropertyNames()) {
                if (bundle.getProperty(key).isBlank()) {
                    keys.add(key);
                }
            }
            if (!keys.isEmpty()) {
                blank.put(language, keys);
            }
        }

        assertThat(blank).as("blank values per language").isEmpty();
    }

    @Test
    void translations_keep_the_placeholders_of_the_english_text() {
        Properties english = bundles.get(ENGLISH);
        Map<String, List<String>> differing = new TreeMap<>();
        for (String language : TRANSLATIONS) {
            Properties bundle = bundles.get(language);
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String translated = bundle.getProperty(key);
                if (translated == null) {
                    continue; // reported by every_key_exists_in_all_four_languages
                }
                Set<String> expected = placeholders(english.getProperty(key));
                Set<String> actual = placeholders(translated);
                if (!expected.equals(actual)) {
                    differing
                            .computeIfAbsent(language, l -> new ArrayList<>())
                            .add(key + ": en " + expected + ", " + language + " " + actual);
                }
            }
        }

        assertThat(differing)
                .as("placeholders that differ from English, per language")
                .isEmpty();
    }

    @Test
    void no_message_with_arguments_contains_a_single_ascii_apostrophe() {
        // MessageFormat swallows a lone ' and everything up to the next one; write ʼ or ’ instead (or '').
        Map<String, Set<String>> broken = new TreeMap<>();
        bundles.forEach((language, bundle) -> {
            Set<String> keys = new TreeSet<>();
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                if (!placeholders(value).isEmpty()
                        && LONE_APOSTROPHE.matcher(value).find()) {
                    keys.add(key);
                }
            }
            if (!keys.isEmpty()) {
                broken.put(language, keys);
            }
        });

        assertThat(broken)
                .as("messages with arguments and a lone apostrophe, per language")
                .isEmpty();
    }

    @Test
    void every_key_the_code_asks_for_exists_in_english() throws IOException {
        Properties english = bundles.get(ENGLISH);
        Path sources = Path.of("src", "main", "java");
        assertThat(sources)
                .as("source tree (tests run from the project directory)")
                .isDirectory();

        Map<String, Set<String>> usedKeys = new TreeMap<>(); // key -> files that use it
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file, UTF_8));
                while (matcher.find()) {
                    usedKeys.computeIfAbsent(matcher.group(1), k -> new TreeSet<>())
                            .add(sources.relativize(file).toString());
                }
            }
        }
        assertThat(usedKeys)
                .as("getTranslation(\"...\") calls found in %s", sources)
                .isNotEmpty();

        Map<String, Set<String>> missing = new TreeMap<>();
        usedKeys.forEach((key, files) -> {
            boolean exists = key.endsWith(".")
                    // a prefix completed at run time, e.g. "role." + role.name(): some key must start with it
                    ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                    : english.containsKey(key);
            if (!exists) {
                missing.put(key, files);
            }
        });

        assertThat(missing)
                .as("keys used in the code but missing from the English bundles %s", basenames)
                .isEmpty();
    }

    private static Set<String> placeholders(String message) {
        Set<String> indexes = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            indexes.add("{" + matcher.group(1) + "}");
        }
        return indexes;
    }
}
