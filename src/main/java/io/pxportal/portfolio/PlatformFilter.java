package io.pxportal.portfolio;

/** What a platform list is narrowed to; null fields do not filter. */
public record PlatformFilter(
        String text, Long vendorId, Deployment deployment, Lifecycle lifecycle, boolean ownedByMe) {

    public static PlatformFilter all() {
        return new PlatformFilter(null, null, null, null, false);
    }
}
