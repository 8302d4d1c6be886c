package io.pxportal.support;

/**
 * Where an SLA clock stands: met or breached once it stopped (a clock that ran over its target is breached even
 * while the ticket is still open), at risk while open with more than 80 % of the target used, running otherwise.
 */
public enum SlaOutcome {
    MET,
    BREACHED,
    AT_RISK,
    RUNNING;

    public boolean decided() {
        return this == MET || this == BREACHED;
    }
}
