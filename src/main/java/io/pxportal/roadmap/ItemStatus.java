package io.pxportal.roadmap;

import java.math.BigDecimal;

/**
 * Where a roadmap item stands, with how far the portal trusts it to arrive (GA 1.0, beta 0.8,
 * committed 0.6, announced 0.4, delayed 0.3, dropped 0).
 */
public enum ItemStatus {
    ANNOUNCED("0.4"),
    COMMITTED("0.6"),
    BETA("0.8"),
    GA("1.0"),
    DELAYED("0.3"),
    DROPPED("0");

    private final BigDecimal confidence;

    ItemStatus(String confidence) {
        this.confidence = new BigDecimal(confidence);
    }

    public BigDecimal confidence() {
        return confidence;
    }

    /** A dropped item will not come; every other one still may (or has). */
    public boolean live() {
        return this != DROPPED;
    }
}
