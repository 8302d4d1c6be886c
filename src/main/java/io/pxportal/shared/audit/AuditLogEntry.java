package io.pxportal.shared.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the audit trail: a change to a record (action CREATED, UPDATED or DELETED, with each field old →
 * new) or a security event (action the name of a {@link SecurityEventKind}, with its detail). Field names are message keys;
 * values that match {@link AuditTrail#ENUM_KEY} are message keys too.
 */
public record AuditLogEntry(
        Instant at,
        String username,
        String recordType,
        Long recordId,
        String action,
        String label,
        List<AuditEntry.FieldChange> changes,
        String detail) {

    /** Whether this is a security event rather than a change to a record. */
    public boolean securityEvent() {
        return AuditLog.SECURITY.equals(recordType);
    }
}
