package io.pxportal.identity.events;

import io.pxportal.shared.audit.SecurityEventKind;

/**
 * The security events identity records in the audit trail: sign-ins and sign-outs, refusals and lock-outs, password
 * and two-step changes, ended sessions and API token use. Readers of the trail (the audit view) tell them by these
 * names.
 */
public enum IdentityEvent implements SecurityEventKind {
    /** A person signed in to the UI. */
    LOGIN,
    /** A sign-in was refused: wrong password, unknown user, locked or disabled account (the detail says which). */
    LOGIN_FAILED,
    /** Too many wrong passwords locked the account. */
    ACCOUNT_LOCKED,
    /** A person signed out. */
    LOGOUT,
    /** A personal API token was used (at most once a minute per token is recorded). */
    API_TOKEN_USED,
    /** A person changed their own password. */
    PASSWORD_CHANGED,
    /** The portal ended a UI session: the account was disabled or its password changed (the detail says which). */
    SESSION_ENDED,
    /** A person turned on two-step sign-in for their account. */
    TWO_STEP_ENABLED,
    /** Two-step sign-in was turned off for an account (the detail says by whom when not by its owner). */
    TWO_STEP_DISABLED,
    /** A wrong, stale or reused two-step code was given (the detail says at which step: sign-in, enrol, disable). */
    TWO_STEP_CODE_FAILED,
    /** An admin changed whether ADMIN accounts must use two-step sign-in (the detail says on or off). */
    SIGN_IN_POLICY_CHANGED
}
