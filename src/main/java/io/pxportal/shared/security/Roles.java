package io.pxportal.shared.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PRODUCT_OWNER = "PRODUCT_OWNER";
    public static final String FINANCE = "FINANCE";
    public static final String STEERING = "STEERING";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {}
}
