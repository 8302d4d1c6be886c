package io.pxportal.shared.alert;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * One alert that a source's data calls for: who gets it, what kind (a code such as {@code NOTICE_DEADLINE}, at
 * most 30 characters, shown through the message {@code alert.kind.<kind>}), about which record, labelled how,
 * the date it is about, and its stage.
 *
 * <p>The same recipient, kind, subject, date and stage is the same alert: it is raised once, and once
 * acknowledged it stays quiet. A changed date or a new stage is a new alert, even if the previous one was
 * acknowledged; the previous one is resolved. A <b>stage</b> is how a source escalates one date as it draws
 * near — contracts use the lead time reached (a notice deadline 30 days ahead is stage 30, 7 days ahead stage
 * 7, passed stage 0). Sources without escalation use stage 0 (the five-argument constructor). The inbox never
 * interprets a stage; its severity follows the days left.
 *
 * <p>{@code platformIds} are the platforms the alert concerns (the contract's, the entitlement's, the item's), so
 * the portfolio's platform cards can count each user's open alerts per platform; they are not part of the alert's
 * identity. Name them with {@link #about(Collection)}.
 */
public record ExpectedAlert(
        String recipient, String kind, Long subjectId, String label, LocalDate due, int stage, Set<Long> platformIds) {

    public ExpectedAlert {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(due, "due");
        if (kind.length() > 30) {
            throw new IllegalArgumentException("alert kind longer than 30 characters: " + kind);
        }
        if (stage < 0) {
            throw new IllegalArgumentException("alert stage below 0: " + stage);
        }
        platformIds = platformIds == null ? Set.of() : Set.copyOf(platformIds);
    }

    /** An alert with stages that names no platform. */
    public ExpectedAlert(String recipient, String kind, Long subjectId, String label, LocalDate due, int stage) {
        this(recipient, kind, subjectId, label, due, stage, Set.of());
    }

    /** An alert without stages: raised once per recipient, kind, subject and date. */
    public ExpectedAlert(String recipient, String kind, Long subjectId, String label, LocalDate due) {
        this(recipient, kind, subjectId, label, due, 0);
    }

    /** The same alert, concerning these platforms. */
    public ExpectedAlert about(Collection<Long> platforms) {
        return new ExpectedAlert(recipient, kind, subjectId, label, due, stage, Set.copyOf(platforms));
    }
}
