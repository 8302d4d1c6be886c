package io.pxportal.support;

/**
 * Where a month's service credit stands: earned and still claimable, lapsed (the claim window closed unclaimed),
 * claimed from the vendor, granted (possibly a different amount) or rejected.
 */
public enum CreditStatus {
    OWED,
    LAPSED,
    CLAIMED,
    GRANTED,
    REJECTED
}
