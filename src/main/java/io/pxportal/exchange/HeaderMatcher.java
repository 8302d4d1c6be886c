package io.pxportal.exchange;

import io.pxportal.shared.i18n.Languages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Matches a file's headers to a record type's columns: by the column's name, its label in each UI language,
 * its built-in aliases, the aliases of each UI language (message {@code import.aliases.<type>.<column>},
 * comma-separated: how vendor portals, ServiceNow and Jira name the column in that language) and the configured
 * ones ({@code px.import.aliases.<type>.<column>}, comma-separated). Case, accents, spaces and punctuation do not
 * matter ("Account manager" = "account_manager").
 */
@Component
class HeaderMatcher {

    private final MessageSource messages;
    private final Environment environment;

    HeaderMatcher(MessageSource messages, Environment environment) {
        this.messages = messages;
        this.environment = environment;
    }

    /** For each column name, the index of the header that matches it, if any. */
    Map<String, Integer> suggest(RecordExchange<?> type, List<String> headers) {
        Map<String, String> columnByName = columnsByName(type);
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String column = columnByName.get(normalize(headers.get(i)));
            if (column != null) {
                mapping.putIfAbsent(column, i);
            }
        }
        return mapping;
    }

    /** Every normalised header text that names a column, with the column it names (first column wins). */
    Map<String, String> columnsByName(RecordExchange<?> type) {
        Map<String, String> byName = new HashMap<>();
        for (ImportColumn column : type.columns()) {
            namesOf(type.type(), column).forEach(name -> byName.putIfAbsent(normalize(name), column.name()));
        }
        return byName;
    }

    /** Every header text that names the column. */
    List<String> namesOf(String type, ImportColumn column) {
        List<String> names = new ArrayList<>();
        names.add(column.name());
        for (Locale locale : Languages.SUPPORTED) {
            Optional.ofNullable(messages.getMessage(column.labelKey(), null, null, locale))
                    .ifPresent(names::add);
        }
        names.addAll(column.aliases());
        for (Locale locale : Languages.SUPPORTED) {
            String inLanguage = messages.getMessage("import.aliases." + type + "." + column.name(), null, "", locale);
            for (String alias : inLanguage == null ? new String[0] : inLanguage.split(",")) {
                if (!alias.isBlank() && !names.contains(alias.trim())) {
                    names.add(alias.trim());
                }
            }
        }
        String configured = environment.getProperty("px.import.aliases." + type + "." + column.name(), "");
        for (String alias : configured.split(",")) {
            if (!alias.isBlank()) {
                names.add(alias.trim());
            }
        }
        return names;
    }

    static String normalize(String header) {
        String decomposed = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder();
        decomposed
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
