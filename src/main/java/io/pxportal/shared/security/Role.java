package io.pxportal.shared.security;

/**
 * The portal's roles. {@link Roles} holds the same names as constants for annotations; a test keeps the two in step.
 */
public enum Role {
    ADMIN,
    PRODUCT_OWNER,
    FINANCE,
    STEERING,
    AUDITOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
