package io.pxportal.roadmap;

import java.math.BigDecimal;

/**
 * What one item adds to an objective's coverage for a platform: rating × confidence / 2 ({@code value}); for a
 * dropped item also what it added before it was dropped ({@code valueBeforeDrop}).
 */
public record Contribution(
        RoadmapItemView item,
        StatusStep state,
        int rating,
        String rationale,
        String ratedBy,
        BigDecimal value,
        BigDecimal valueBeforeDrop,
        boolean conflict) {}
