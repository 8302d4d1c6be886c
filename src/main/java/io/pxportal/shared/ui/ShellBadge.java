package io.pxportal.shared.ui;

/**
 * Something the shell shows as a counter beside the user's name (e.g. unacknowledged alerts), provided by a
 * feature module; the shell itself knows no feature.
 */
public interface ShellBadge {

    /** The route the badge opens. */
    String route();

    /** The message key of the badge's label (for screen readers and the tooltip). */
    String labelKey();

    /** The number to show for the current user (0: the badge shows no number). */
    long count();
}
