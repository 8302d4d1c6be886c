package io.pxportal.portfolio;

/** Where a platform runs. */
public enum Deployment {
    ON_PREM,
    PRIVATE_CLOUD,
    SAAS
}
