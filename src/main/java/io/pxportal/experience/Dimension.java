package io.pxportal.experience;

/** The dimensions of Total Experience; PX is split into {@link Pillar}s. */
public enum Dimension {
    CX,
    EX,
    UX,
    MX,
    PX
}
