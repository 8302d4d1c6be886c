package io.pxportal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Languages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * No import error shows a message key instead of words. Every import type gets files that break it in every way a
 * user's file does — a required column missing, a required value empty, a value of each column that is not a
 * number, a date, a choice, a known record, or is far too long or out of range, a record twice — in each of the
 * four languages; every message, as the API, the wizard and the error report render it, is scanned for a bundle
 * key, an unfilled placeholder or a validation template.
 */
@PortalIntegrationTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "FINANCE", "STEERING", "PRODUCT_OWNER"})
class ImportMessagesTest {

    /** Values that a column of some kind refuses: text, number, date, quarter, choice, reference, length, range. */
    private static final List<String> BAD_VALUES =
            List.of("§not valid§", "x".repeat(5000), "-99999999999.999", "2026-02-31", "12/31/20269");
    // Starts only at a word's start and never backtracks: messages echo values thousands of characters long.
    private static final Pattern DOTTED = Pattern.compile("(?<![\\w.-])[A-Za-z][\\w-]*+(?:\\.[\\w-]++)++");
    private static final Pattern LEFTOVER = Pattern.compile("\\{\\d+}|\\{[A-Za-z][\\w.]*}|\\?\\?|!\\{");

    private static Set<String> bundleKeys;

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ExchangeTypes types;

    @Autowired
    MessageSource messages;

    @BeforeAll
    static void readBundleKeys() throws IOException {
        bundleKeys = new TreeSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> bundles = new ArrayList<>();
        Collections.addAll(bundles, resolver.getResources("classpath*:messages*.properties"));
        Collections.addAll(bundles, resolver.getResources("classpath*:i18n/*.properties"));
        for (Resource bundle : bundles) {
            Properties properties = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundleKeys.addAll(properties.stringPropertyNames());
        }
        assertThat(bundleKeys).contains("import.value.required", "support.ticket.platform");
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void no_import_error_of_any_type_shows_a_message_key_in_any_language() {
        List<String> problems = new ArrayList<>();
        int messagesSeen = 0;
        for (Locale locale : Languages.SUPPORTED) {
            // Validation messages are written when the rows are read, in the language of the request.
            LocaleContextHolder.setLocale(locale);
            for (RecordExchange<?> type : types.all()) {
                for (String file : files(type)) {
                    for (String message : rendered(type, file, locale)) {
                        messagesSeen++;
                        unresolved(message)
                                .forEach(token -> problems.add(type.type() + " [" + locale + "]: " + token + " in \""
                                        + shorten(message) + "\""));
                    }
                }
            }
        }

        assertThat(messagesSeen).isGreaterThan(1000);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_ticket_file_without_a_platform_column_names_the_column_in_the_readers_language() {
        String file = "Case ID,Severity,Title,Opened\nCS-NO-PLATFORM,P2,Batch fails,2026-03-05 10:15\n";

        List<String> texts = new ArrayList<>();
        for (Locale locale : Languages.SUPPORTED) {
            LocaleContextHolder.setLocale(locale);
            texts.addAll(rendered(types.get("tickets"), file, locale));
        }

        assertThat(texts).hasSize(4).noneMatch(text -> text.contains("support.ticket.platform"));
        assertThat(texts.get(Languages.SUPPORTED.indexOf(Languages.ENGLISH))).contains("Platform");
    }

    /** The files that break a type: one per bad value (row i breaks column i), one with a record twice, and one
     * per required column that leaves it out. Each ends with a row whose first required value is empty, so no
     * file is ever written. */
    private static List<String> files(RecordExchange<?> type) {
        List<ImportColumn> columns = type.columns();
        List<String> examples = columns.stream()
                .map(c -> c.example() == null ? "" : c.example())
                .toList();
        int firstRequired = columns.indexOf(
                columns.stream().filter(ImportColumn::required).findFirst().orElseThrow());
        List<String> emptyRequired = new ArrayList<>(examples);
        emptyRequired.set(firstRequired, "");
        String header = csv(columns.stream().map(ImportColumn::name).toList());

        List<String> files = new ArrayList<>();
        for (String bad : BAD_VALUES) {
            StringBuilder file = new StringBuilder(header);
            for (int i = 0; i < columns.size(); i++) {
                List<String> row = new ArrayList<>(examples);
                row.set(i, bad);
                file.append(csv(row));
            }
            files.add(file.append(csv(emptyRequired)).toString());
        }
        files.add(header + csv(examples) + csv(examples) + csv(emptyRequired));
        for (ImportColumn required :
                columns.stream().filter(ImportColumn::required).toList()) {
            int left = columns.indexOf(required);
            Function<List<String>, List<String>> without = cells -> {
                List<String> rest = new ArrayList<>(cells);
                rest.remove(left);
                return rest;
            };
            files.add(csv(without.apply(columns.stream().map(ImportColumn::name).toList()))
                    + csv(without.apply(examples)));
        }
        return files;
    }

    /** Every text a user or client reads about this file's failure, as the API, the wizard and the report show it. */
    private List<String> rendered(RecordExchange<?> type, String file, Locale locale) {
        List<String> texts = new ArrayList<>();
        try {
            imports.importNow(
                    type.type(),
                    type.type() + ".csv",
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                    ImportOptions.defaults());
            texts.add("!{imported although invalid}!");
        } catch (ImportRejectedException e) {
            texts.add(messages.getMessage(e.messageKey(), e.arguments(), locale));
            for (RowError error : e.errors()) {
                texts.add(messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
                texts.add(columnLabel(type, error.column(), locale));
            }
        } catch (DomainException e) {
            texts.add(messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return texts;
    }

    private String columnLabel(RecordExchange<?> type, String column, Locale locale) {
        if (column == null || column.isEmpty()) {
            return "";
        }
        return type.columns().stream()
                .filter(c -> c.name().equals(column))
                .findFirst()
                .map(c -> messages.getMessage(c.labelKey(), null, locale))
                .orElse("!{no column " + column + "}!");
    }

    private static List<String> unresolved(String message) {
        List<String> found = new ArrayList<>();
        Matcher dotted = DOTTED.matcher(message);
        while (dotted.find()) {
            if (bundleKeys.contains(dotted.group())) {
                found.add(dotted.group());
            }
        }
        Matcher leftover = LEFTOVER.matcher(message);
        while (leftover.find()) {
            found.add(leftover.group());
        }
        return found;
    }

    private static String csv(List<String> cells) {
        return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")) + "\n";
    }

    private static String shorten(String message) {
        return message.length() > 160 ? message.substring(0, 160) + "…" : message;
    }
}
