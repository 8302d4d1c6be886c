package io.pxportal.identity;

/** What a personal API token may do, always within its owner's roles: READ only reads, WRITE also changes. */
public enum ApiTokenScope {
    READ,
    WRITE
}
