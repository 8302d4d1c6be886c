package io.pxportal.exchange;

/** Where an import stands; VALIDATING and COMMITTING run in the background. */
public enum ImportStatus {
    UPLOADED,
    VALIDATING,
    VALID,
    INVALID,
    COMMITTING,
    DONE,
    FAILED,
    DISCARDED;

    public boolean isRunning() {
        return this == VALIDATING || this == COMMITTING;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == DISCARDED;
    }
}
