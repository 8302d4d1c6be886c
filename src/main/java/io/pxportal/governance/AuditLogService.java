package io.pxportal.governance;

import io.pxportal.shared.audit.AuditLog;
import io.pxportal.shared.audit.AuditLogEntry;
import io.pxportal.shared.audit.AuditLogFilter;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit view's data: the whole audit trail — every change of every record with its fields old → new, and
 * the sign-ins, refused sign-ins, lock-outs and API token uses — for auditors and admins only.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

    private final AuditLog log;

    AuditLogService(AuditLog log) {
        this.log = log;
    }

    /** One page of the trail under {@code filter}, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<AuditLogEntry> page(AuditLogFilter filter, Pageable pageable) {
        return log.page(filter, pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public long count(AuditLogFilter filter) {
        return log.count(filter);
    }

    /** The record types the trail can be filtered by; security events are {@link AuditLog#SECURITY}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    public List<String> recordTypes() {
        return log.recordTypes();
    }
}
