package io.pxportal.governance;

import java.time.LocalDate;

/**
 * An action as lists show it: {@code overdue} when open after its due date; {@code editable} when the user may
 * change its status (its owner, the steering committee, admins).
 */
public record ActionView(
        Long id,
        Long version,
        Long reviewId,
        String reviewTitle,
        Long decisionId,
        String decisionTitle,
        String title,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        LocalDate completedOn,
        boolean overdue,
        boolean editable) {}
