package io.pxportal.shared.start;

/** Where a step stands, always derived from the records, never ticked off by hand. */
public enum StartState {
    NOT_STARTED,
    STARTED,
    DONE;

    /** Nothing yet, everything needed, or something in between. */
    public static StartState of(long done, long needed) {
        if (needed > 0 && done >= needed) {
            return DONE;
        }
        return done > 0 ? STARTED : NOT_STARTED;
    }
}
