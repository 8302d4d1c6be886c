package io.pxportal.licensing;

/**
 * What an entitlement counts. Seats and capacity are counted at a date and the contract year's high-water mark
 * is what is consumed; volumes are counted over periods and add up over the contract year; an enterprise licence
 * has no limit.
 */
public enum LicenceMetric {
    NAMED_USER(Kind.SEAT),
    CONCURRENT_USER(Kind.SEAT),
    CPU_CORE(Kind.SEAT),
    SERVER_INSTANCE(Kind.SEAT),
    PAGES_PER_YEAR(Kind.VOLUME),
    DOCUMENTS_PER_YEAR(Kind.VOLUME),
    COMMUNICATIONS_PER_YEAR(Kind.VOLUME),
    ENTERPRISE(Kind.UNLIMITED);

    private enum Kind {
        SEAT,
        VOLUME,
        UNLIMITED
    }

    private final Kind kind;

    LicenceMetric(Kind kind) {
        this.kind = kind;
    }

    /** Pages, documents or communications per contract year: measured over periods, summed. */
    public boolean isVolume() {
        return kind == Kind.VOLUME;
    }

    /** An enterprise licence: no quantity, nothing can be short. */
    public boolean isUnlimited() {
        return kind == Kind.UNLIMITED;
    }

    /** Whether usage is a count at a date (seats, capacity, enterprise) rather than a volume over a period. */
    public boolean isCountedAtDate() {
        return kind != Kind.VOLUME;
    }
}
