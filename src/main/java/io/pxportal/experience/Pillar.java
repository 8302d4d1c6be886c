package io.pxportal.experience;

/** The four pillars of the Product Owner Experience. */
public enum Pillar {
    /** Clear cost and licensing. */
    COST,
    /** Predictable support and vendor transparency. */
    SUPPORT,
    /** Roadmap aligned with enterprise strategy. */
    ROADMAP,
    /** Governance that enables, not bureaucracy. */
    GOVERNANCE
}
