package io.pxportal.identity;

/** Whether a token still opens the API. */
public enum ApiTokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
