package io.pxportal.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import java.util.Optional;

/**
 * The record a link names in a query parameter ({@code vendors?vendor=7}, from the global search or an alert): the one
 * place a view reads a record id out of a URL.
 */
public final class LinkedRecord {

    private LinkedRecord() {}

    /** The id in {@code parameter}; empty when the link names none or a mangled one (the list is still useful). */
    public static Optional<Long> id(BeforeEnterEvent event, String parameter) {
        return id(event.getLocation(), parameter);
    }

    /** The id in the first value of {@code parameter} of {@code location}; empty when there is none or it is mangled. */
    public static Optional<Long> id(Location location, String parameter) {
        return location.getQueryParameters().getSingleParameter(parameter).flatMap(LinkedRecord::id);
    }

    /** {@code text} read as an id, surrounding white space ignored; empty when it is null, blank or not a long. */
    public static Optional<Long> id(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
