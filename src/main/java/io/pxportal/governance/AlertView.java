package io.pxportal.governance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An alert as the inbox shows it; {@code kind} is shown through the message {@code alert.kind.<kind>},
 * {@code daysLeft} is negative once the date has passed.
 */
public record AlertView(
        Long id,
        String kind,
        String subjectType,
        Long subjectId,
        String subjectLabel,
        LocalDate dueDate,
        long daysLeft,
        Severity severity,
        Instant raisedAt,
        boolean acknowledged) {

    /** How urgent: 7 days or less (or passed) is critical, 30 high, 60 medium, further low. */
    public enum Severity {
        CRITICAL,
        HIGH,
        MEDIUM,
        LOW;

        static Severity of(long daysLeft) {
            if (daysLeft <= 7) {
                return CRITICAL;
            }
            return daysLeft <= 30 ? HIGH : daysLeft <= 60 ? MEDIUM : LOW;
        }
    }
}
