package io.pxportal.contracts;

/** What the product owner intends for an upcoming renewal. */
public enum RenewalOutcome {
    RENEW,
    RENEGOTIATE,
    EXPAND,
    REDUCE,
    RETENDER,
    EXIT
}
