package io.pxportal.roadmap;

import java.time.Instant;

/** One alignment rating; {@code version} is the one to send back when changing it. */
public record RatingView(
        Long id,
        Long itemId,
        Long objectiveId,
        int rating,
        String rationale,
        String ratedBy,
        Instant ratedAt,
        Long version) {}
