package io.pxportal.roadmap;

import io.pxportal.portfolio.PlatformRef;
import java.util.List;

/** A requirement with the names it refers to and whether the current user may change it. */
public record RequirementView(
        Long id, RequirementDraft draft, PlatformRef platform, List<ObjectiveRef> objectives, boolean editable) {}
