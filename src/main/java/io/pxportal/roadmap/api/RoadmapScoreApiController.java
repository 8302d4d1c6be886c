package io.pxportal.roadmap.api;

import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RoadmapScoreService;
import io.pxportal.roadmap.api.RoadmapResources.Fit;
import io.pxportal.roadmap.api.RoadmapResources.GapResource;
import io.pxportal.roadmap.api.RoadmapResources.SlipResource;
import io.pxportal.shared.api.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/roadmap")
@Tag(
        name = "Roadmap scores",
        description = "Roadmap fit per platform and objective, reliability, end of support, "
                + "gaps and slips (docs/scoring.md). A past quarter is scored with its own weights and statuses.")
class RoadmapScoreApiController {

    private final RoadmapScoreService scores;
    private final Clock clock;

    RoadmapScoreApiController(RoadmapScoreService scores, Clock clock) {
        this.scores = scores;
        this.clock = clock;
    }

    @GetMapping("/fit")
    @Operation(summary = "Roadmap fit of every platform", description = "For `quarter` (this quarter when left out).")
    Fit fit(@Parameter(description = "e.g. 2026-Q3") @RequestParam(required = false) String quarter) {
        return Fit.of(scores.heatmap(quarter(quarter)));
    }

    @GetMapping("/gaps")
    @Operation(summary = "Gaps", description = "Objectives with weight and requirements no live item covers.")
    List<GapResource> gaps(@RequestParam(required = false) String quarter) {
        return scores.gaps(quarter(quarter)).stream().map(GapResource::of).toList();
    }

    @GetMapping("/slips")
    @Operation(
            summary = "Items that slipped",
            description =
                    "Delayed, dropped or moved to a later quarter after " + "`since` (90 days ago when left out).")
    List<SlipResource> slips(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        return scores.slippedSince(since == null ? LocalDate.now(clock).minusDays(90) : since).stream()
                .map(SlipResource::of)
                .toList();
    }

    private Quarter quarter(String text) {
        Quarter quarter = RoadmapInputs.quarter(text);
        return quarter == null ? scores.currentQuarter() : quarter;
    }
}
