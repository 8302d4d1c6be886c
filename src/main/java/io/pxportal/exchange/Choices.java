package io.pxportal.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches cell text to enum constants for one pass over a file: each enum's names and labels are looked up and
 * normalised once per pass, and each distinct cell text once, so that a million rows cost a map lookup per cell.
 */
final class Choices {

    /** Distinct cell texts remembered per enum; a file with more (all invalid, say) is matched the slow way. */
    private static final int MAX_REMEMBERED = 1_000;

    private final Function<String, Set<String>> labels;
    private final Map<String, Map<String, Enum<?>>> byNormalisedName = new HashMap<>();
    private final Map<String, Map<String, Enum<?>>> byText = new HashMap<>();

    Choices(Function<String, Set<String>> labels) {
        this.labels = labels;
    }

    /** The constant the text names (its name or its label in any UI language), or null. */
    <E extends Enum<E>> E match(String text, Class<E> type, String labelPrefix) {
        String id = type.getName() + "#" + labelPrefix;
        Map<String, Enum<?>> seen = byText.computeIfAbsent(id, k -> new HashMap<>());
        Enum<?> known = seen.get(text);
        if (known == null && !seen.containsKey(text)) {
            known = names(id, type, labelPrefix).get(HeaderMatcher.normalize(text));
            if (seen.size() < MAX_REMEMBERED) {
                seen.put(text, known);
            }
        }
        return known == null ? null : type.cast(known);
    }

    private <E extends Enum<E>> Map<String, Enum<?>> names(String id, Class<E> type, String labelPrefix) {
        return byNormalisedName.computeIfAbsent(id, k -> {
            Map<String, Enum<?>> names = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                names.putIfAbsent(HeaderMatcher.normalize(constant.name()), constant);
                labels.apply(labelPrefix + "." + constant.name())
                        .forEach(label -> names.putIfAbsent(HeaderMatcher.normalize(label), constant));
            }
            return names;
        });
    }
}
