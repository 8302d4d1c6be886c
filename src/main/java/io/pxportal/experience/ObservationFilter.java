package io.pxportal.experience;

/** What an observation list is narrowed to; null fields do not filter. {@code metricCode} matches part of a code. */
public record ObservationFilter(Long platformId, Quarter period, String metricCode) {

    public static ObservationFilter all() {
        return new ObservationFilter(null, null, null);
    }
}
