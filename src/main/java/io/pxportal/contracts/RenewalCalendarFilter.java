package io.pxportal.contracts;

/** Which contracts' dates the renewal calendar shows; null fields do not filter. {@code owner}: a username. */
public record RenewalCalendarFilter(Long vendorId, Long platformId, String owner) {

    public static RenewalCalendarFilter all() {
        return new RenewalCalendarFilter(null, null, null);
    }

    public static RenewalCalendarFilter ownedBy(String username) {
        return new RenewalCalendarFilter(null, null, username);
    }
}
