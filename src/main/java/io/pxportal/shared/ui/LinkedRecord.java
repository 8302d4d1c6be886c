package io.pxportal.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** The record a link names in a query parameter ({@code vendors?vendor=7}, from the global search or an alert). */
public final class LinkedRecord {

    private LinkedRecord() {}

    /** The id in {@code parameter}; empty when the link names none or a mangled one (the list is still useful). */
    public static Optional<Long> id(BeforeEnterEvent event, String parameter) {
        return event.getLocation()
                .getQueryParameters()
                .getSingleParameter(parameter)
                .flatMap(text -> {
                    try {
                        return Optional.of(Long.valueOf(text.strip()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }
}
