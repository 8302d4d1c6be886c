package io.pxportal.roadmap.api;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.roadmap.Gap;
import io.pxportal.roadmap.Heatmap;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.ObjectiveFit;
import io.pxportal.roadmap.ObjectiveRef;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.roadmap.PlatformFit;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RatingView;
import io.pxportal.roadmap.RequirementView;
import io.pxportal.roadmap.RoadmapItemView;
import io.pxportal.roadmap.SlippedItem;
import io.pxportal.roadmap.StatusStep;
import io.pxportal.roadmap.WeightSetView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the roadmap API answers; quarters are written {@code 2026-Q3}. */
final class RoadmapResources {

    private RoadmapResources() {}

    static String quarter(Quarter quarter) {
        return quarter == null ? null : quarter.toString();
    }

    @Schema(name = "RoadmapObjective")
    record Objective(
            Long id,
            @Schema(description = "Also the ETag") Long version,
            String code,
            String name,
            String description,
            LocalDate validFrom,
            LocalDate validTo,

            @Schema(description = "Weight in the set in force this quarter; null when it has none")
            Integer weight) {

        static Objective of(ObjectiveView o) {
            return new Objective(
                    o.id(),
                    o.draft().version(),
                    o.code(),
                    o.name(),
                    o.draft().description(),
                    o.draft().validFrom(),
                    o.draft().validTo(),
                    o.weight());
        }
    }

    @Schema(name = "RoadmapWeightSet")
    record WeightSet(
            Long id,
            @Schema(example = "2026-Q3") String effectiveQuarter,
            Instant createdAt,
            String createdBy,
            String note,
            @Schema(description = "Weight by objective id") Map<Long, Integer> weights) {

        static WeightSet of(WeightSetView w) {
            return new WeightSet(
                    w.id(), quarter(w.effectiveQuarter()), w.createdAt(), w.createdBy(), w.note(), w.weights());
        }
    }

    @Schema(name = "RoadmapItem")
    record Item(
            Long id,
            @Schema(description = "Also the ETag") Long version,
            VendorRef vendor,
            String product,
            String title,
            ItemType type,
            @Schema(example = "2026-Q3") String committedQuarter,
            ItemStatus status,
            String affectedVersion,

            @Schema(description = "Empty: every platform of the vendor")
            List<PlatformRef> platforms,

            String sourceUrl,
            String notes) {

        static Item of(RoadmapItemView i) {
            return new Item(
                    i.id(),
                    i.draft().version(),
                    i.vendor(),
                    i.draft().product(),
                    i.title(),
                    i.draft().type(),
                    quarter(i.draft().committedQuarter()),
                    i.status(),
                    i.draft().affectedVersion(),
                    i.platforms(),
                    i.draft().sourceUrl(),
                    i.draft().notes());
        }
    }

    @Schema(name = "RoadmapStatusStep")
    record Step(ItemStatus status, String committedQuarter, LocalDate on, String recordedBy, String note) {

        static Step of(StatusStep s) {
            return new Step(s.status(), quarter(s.quarter()), s.on(), s.recordedBy(), s.note());
        }
    }

    @Schema(name = "RoadmapRequirement")
    record Requirement(
            Long id,
            @Schema(description = "Also the ETag") Long version,
            PlatformRef platform,
            String title,
            @Schema(example = "2026-Q2") String neededBy,
            String description,
            List<ObjectiveRef> objectives) {

        static Requirement of(RequirementView r) {
            return new Requirement(
                    r.id(),
                    r.draft().version(),
                    r.platform(),
                    r.draft().title(),
                    quarter(r.draft().neededBy()),
                    r.draft().description(),
                    r.objectives());
        }
    }

    @Schema(name = "RoadmapRating")
    record Rating(
            Long id,
            @Schema(description = "Also the ETag") Long version,
            Long itemId,
            Long objectiveId,

            @Schema(description = "-1 conflicts, 0 neutral, 1 supports, 2 strongly supports")
            int rating,

            String rationale,
            String ratedBy,
            Instant ratedAt) {

        static Rating of(RatingView r) {
            return new Rating(
                    r.id(),
                    r.version(),
                    r.itemId(),
                    r.objectiveId(),
                    r.rating(),
                    r.rationale(),
                    r.ratedBy(),
                    r.ratedAt());
        }
    }

    @Schema(name = "RoadmapFit")
    record Fit(
            String quarter,

            @Schema(description = "Objectives that carry weight in the quarter")
            List<ObjectiveRef> objectives,

            List<PlatformScore> platforms) {

        static Fit of(Heatmap heatmap) {
            return new Fit(
                    RoadmapResources.quarter(heatmap.quarter()),
                    heatmap.objectives(),
                    heatmap.rows().stream().map(PlatformScore::of).toList());
        }
    }

    @Schema(name = "RoadmapPlatformScore")
    record PlatformScore(
            PlatformRef platform,

            @Schema(description = "0-100; null without weights")
            BigDecimal fit,

            @Schema(description = "Share of due items delivered in their committed quarter, 0-100")
            BigDecimal reliability,

            int onTime,
            int due,
            LocalDate supportEnds,
            String supportRisk,
            List<Coverage> objectives) {

        static PlatformScore of(PlatformFit f) {
            return new PlatformScore(
                    f.platform(),
                    f.fit().score(),
                    f.reliability().score(),
                    f.reliability().onTime(),
                    f.reliability().due(),
                    f.endOfSupport() == null ? null : f.endOfSupport().supportEnds(),
                    f.endOfSupport() == null ? null : f.endOfSupport().risk().name(),
                    f.fit().objectives().stream().map(Coverage::of).toList());
        }
    }

    @Schema(name = "RoadmapCoverage")
    record Coverage(
            Long objectiveId,
            int weight,
            @Schema(description = "0-1") BigDecimal coverage,
            boolean gap) {

        static Coverage of(ObjectiveFit o) {
            return new Coverage(o.objectiveId(), o.weight(), o.coverage(), o.gap());
        }
    }

    @Schema(name = "RoadmapGap")
    record GapResource(
            PlatformRef platform,
            ObjectiveRef objective,
            int weight,
            Long requirementId,
            String requirementTitle,
            String neededBy) {

        static GapResource of(Gap g) {
            return new GapResource(
                    g.platform(),
                    g.objective(),
                    g.weight(),
                    g.requirementId(),
                    g.requirementTitle(),
                    quarter(g.neededBy()));
        }
    }

    @Schema(name = "RoadmapSlip")
    record SlipResource(
            Long itemId,
            String title,
            VendorRef vendor,
            LocalDate on,
            ItemStatus fromStatus,
            String fromQuarter,
            ItemStatus toStatus,
            String toQuarter) {

        static SlipResource of(SlippedItem s) {
            return new SlipResource(
                    s.item().id(),
                    s.item().title(),
                    s.item().vendor(),
                    s.slip().on(),
                    s.slip().fromStatus(),
                    quarter(s.slip().fromQuarter()),
                    s.slip().toStatus(),
                    quarter(s.slip().toQuarter()));
        }
    }
}
