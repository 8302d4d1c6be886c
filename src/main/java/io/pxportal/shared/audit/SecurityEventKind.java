package io.pxportal.shared.audit;

/**
 * A kind of security event: something that changes no record but belongs in the audit trail. The module that
 * records an event owns its kind, as an enum implementing this (identity's sign-in, password, two-step and API
 * token events; the rate limiter's refusals). The name is what the trail stores and shows through the message key
 * {@code audit.event.<name>}, so it never changes once recorded.
 */
public interface SecurityEventKind {

    /** The stored name, at most 30 characters, e.g. {@code LOGIN_FAILED}; an enum's constant name. */
    String name();
}
