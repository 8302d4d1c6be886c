package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;

/**
 * Something no live item covers for a platform: an objective with weight ({@code requirementId} null), or one of
 * our requirements (then {@code objective} is null and {@code neededBy} set).
 */
public record Gap(
        PlatformRef platform,
        ObjectiveRef objective,
        int weight,
        Long requirementId,
        String requirementTitle,
        Quarter neededBy) {

    public boolean isRequirement() {
        return requirementId != null;
    }
}
