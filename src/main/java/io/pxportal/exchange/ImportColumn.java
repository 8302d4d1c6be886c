package io.pxportal.exchange;

import java.util.List;

/**
 * One column of an exchangeable record type. {@code name} is its key (errors and templates use it); headers
 * match it, its label in any of the four UI languages, or one of the {@code aliases} (e.g. a vendor portal's
 * "Priority" for severity); more aliases can be configured as {@code px.import.aliases.<type>.<name>}.
 */
public record ImportColumn(String name, String labelKey, boolean required, String example, List<String> aliases) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    public static ImportColumn required(String name, String labelKey, String example, String... aliases) {
        return new ImportColumn(name, labelKey, true, example, List.of(aliases));
    }

    public static ImportColumn optional(String name, String labelKey, String example, String... aliases) {
        return new ImportColumn(name, labelKey, false, example, List.of(aliases));
    }
}
