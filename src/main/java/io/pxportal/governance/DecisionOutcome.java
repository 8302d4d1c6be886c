package io.pxportal.governance;

/** What a steering committee decides. */
public enum DecisionOutcome {
    RENEW,
    RENEGOTIATE,
    EXPAND,
    REDUCE,
    RETENDER,
    EXIT,
    ACCEPT_RISK,
    OTHER
}
