package io.pxportal.portfolio;

/** Where a platform stands in the enterprise's technology lifecycle. */
public enum Lifecycle {
    EVALUATE,
    ADOPT,
    SUSTAIN,
    RETIRE
}
