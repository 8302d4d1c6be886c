package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;
import java.time.LocalDate;

/** The version a platform runs loses support on {@code supportEnds} (end-of-support item {@code itemId}). */
public record SupportRiskView(
        PlatformRef platform,
        String runningVersion,
        Long itemId,
        String itemTitle,
        LocalDate supportEnds,
        SupportRisk risk) {}
