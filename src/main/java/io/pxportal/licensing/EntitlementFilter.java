package io.pxportal.licensing;

/** What an entitlement list is narrowed to; null fields do not filter. {@code text} searches the product. */
public record EntitlementFilter(String text, Long platformId, LicenceMetric metric, Long contractId) {

    public static EntitlementFilter all() {
        return new EntitlementFilter(null, null, null, null);
    }
}
