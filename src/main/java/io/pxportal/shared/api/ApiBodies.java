package io.pxportal.shared.api;

import io.pxportal.shared.domain.DomainException;
import java.util.List;

/** Checks of request bodies that JSON binding cannot make on its own. */
public final class ApiBodies {

    private ApiBodies() {}

    /**
     * The list of a body that is a JSON array, refused (400) if an element is {@code null}: the config that refuses
     * nulls in lists inside a body does not reach a top-level array.
     */
    public static <T> List<T> withoutNulls(List<T> elements) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                throw new DomainException("api.error.null-element", i + 1);
            }
        }
        return elements;
    }
}
