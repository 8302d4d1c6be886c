package io.pxportal.support;

/** Ticket severity, P1 (production down) to P4 (question or enhancement); a policy names them its own way. */
public enum Severity {
    P1,
    P2,
    P3,
    P4
}
