package io.pxportal.shared.card;

import java.util.List;
import java.util.Map;

/**
 * One line on a platform card: a label (message key), a value (message key with arguments; dates and numbers
 * among them are formatted for the user's locale by the card), how it reads (tone), and the page it opens.
 * {@code order} places it among other modules' facts (scores 10–19, contracts 20–29, licensing 30–39, support
 * 40–49, finance 50–59, governance 60–69).
 */
public record PlatformCardFact(
        int order,
        String labelKey,
        String valueKey,
        List<Object> arguments,
        Tone tone,
        String route,
        Map<String, String> query) {

    public PlatformCardFact {
        arguments = List.copyOf(arguments);
        query = query == null ? Map.of() : Map.copyOf(query);
    }

    /** How a fact reads at a glance. */
    public enum Tone {
        NEUTRAL,
        GOOD,
        WARNING,
        BAD
    }
}
