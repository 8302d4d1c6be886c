package io.pxportal.shared;

/** Free text as the portal stores it: a blank answer is no answer. */
public final class Texts {

    private Texts() {}

    /** {@code null} when {@code value} is null or blank, else {@code value} without leading and trailing spaces. */
    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * {@code null} when {@code value} is null or blank, else {@code value} without leading and trailing white space
     * (Unicode white space included, as {@link String#strip()}).
     */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
