package io.pxportal.shared.ui;

/**
 * The sections of the side menu, in the order the menu shows them. A view puts its menu entry in one with
 * {@link InMenuSection}; the shell shows a section only when the user may open one of its entries.
 */
public enum MenuSection {
    PORTFOLIO,
    CONTRACTS,
    FINANCE,
    SUPPORT,
    ROADMAP,
    EXPERIENCE,
    STEERING,
    ADMINISTRATION;

    /** The message key of the section's heading. */
    public String labelKey() {
        return "menu.section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
