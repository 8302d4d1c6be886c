package io.pxportal.experience;

/** How an observation arrived: typed in the grid, imported from a file, or pushed through the REST API. */
public enum ObservationOrigin {
    MANUAL,
    IMPORT,
    API
}
