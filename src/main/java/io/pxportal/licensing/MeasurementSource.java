package io.pxportal.licensing;

/** Where a usage measurement came from: typed in, imported from a file, or pushed through the API. */
public enum MeasurementSource {
    MANUAL,
    IMPORTED,
    API
}
