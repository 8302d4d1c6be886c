package io.pxportal.shared.audit;

/** A security event that changes no record but belongs in the audit trail. */
public enum SecurityEventKind {
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
    /** The portal ended a UI session because the account was disabled or its password changed (the detail says which). */
    SESSION_ENDED
}
