package io.pxportal.governance;

import java.time.LocalDate;
import java.util.List;

/** A decision with the review it was taken in. */
public record DecisionView(
        Long id,
        Long reviewId,
        String reviewTitle,
        LocalDate reviewHeldOn,
        DecisionOutcome outcome,
        String title,
        String rationale,
        LocalDate decidedOn,
        String decidedBy,
        List<DecisionLink> links) {}
