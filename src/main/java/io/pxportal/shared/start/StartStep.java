package io.pxportal.shared.start;

import java.util.List;

/**
 * One step of the getting-started path: where it stands in the path ({@code order}, see {@link StartStepSource}),
 * its title and one-line explanation (message keys), its state, the page where it is done, and the import types
 * whose templates fill it (none when the step is done by hand only).
 */
public record StartStep(
        int order,
        String key,
        String titleKey,
        String explanationKey,
        StartState state,
        String route,
        List<String> importTypes) {

    public StartStep {
        importTypes = importTypes == null ? List.of() : List.copyOf(importTypes);
    }
}
