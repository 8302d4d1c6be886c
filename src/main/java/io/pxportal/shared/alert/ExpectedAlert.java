package io.pxportal.shared.alert;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One alert that a source's data calls for: who gets it, what kind (a code such as {@code NOTICE_DEADLINE}, at
 * most 30 characters, shown through the message {@code alert.kind.<kind>}), about which record, labelled how,
 * and the date it is about. The same recipient, kind, subject and date is the same alert.
 */
public record ExpectedAlert(String recipient, String kind, Long subjectId, String label, LocalDate due) {

    public ExpectedAlert {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(due, "due");
        if (kind.length() > 30) {
            throw new IllegalArgumentException("alert kind longer than 30 characters: " + kind);
        }
    }
}
