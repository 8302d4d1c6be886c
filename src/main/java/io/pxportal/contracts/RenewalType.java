package io.pxportal.contracts;

/** How a contract continues after a term: not at all, by itself unless notice is given, or only when agreed. */
public enum RenewalType {
    NONE,
    AUTOMATIC,
    EXPLICIT
}
