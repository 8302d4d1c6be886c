package io.pxportal.shared.audit;

import java.time.Instant;

/**
 * Which part of the audit trail to show; every part is optional. {@code recordType} is a record type of
 * {@link AuditLog#recordTypes()} or {@link AuditLog#SECURITY}; {@code recordId} narrows it to one record;
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditLogFilter(String username, String recordType, Long recordId, Instant from, Instant to) {

    public static AuditLogFilter all() {
        return new AuditLogFilter(null, null, null, null, null);
    }
}
