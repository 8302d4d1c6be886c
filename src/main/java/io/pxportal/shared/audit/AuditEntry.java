package io.pxportal.shared.audit;

import java.time.Instant;
import java.util.List;

/** One change to one record as shown in a history tab: who, when, what kind, and each field old → new. */
public record AuditEntry(
        long revision, Instant at, String username, Kind kind, String subject, List<FieldChange> changes) {

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED
    }

    /** One field's change; {@code field} is a message key. */
    public record FieldChange(String field, String oldValue, String newValue) {}
}
