package io.pxportal.shared.audit;

import java.util.Map;

/**
 * An audited entity says what a person should see of it in a history: field message key → display value.
 * History entries are the differences between consecutive snapshots.
 */
public interface AuditSnapshot {

    /** Field message keys in display order, mapped to their values as text ("" for none). */
    Map<String, String> auditValues();

    /** How the record is named in a list of changes across records: its first non-empty value, e.g. a name. */
    default String auditLabel() {
        return auditValues().values().stream()
                .filter(v -> !v.isBlank())
                .findFirst()
                .orElse("");
    }
}
