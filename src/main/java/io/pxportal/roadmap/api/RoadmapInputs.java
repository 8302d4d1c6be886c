package io.pxportal.roadmap.api;

import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.ObjectiveDraft;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RequirementDraft;
import io.pxportal.roadmap.RoadmapItemDraft;
import io.pxportal.roadmap.StatusChange;
import io.pxportal.shared.domain.DomainException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** What roadmap API clients send; the version a change is based on travels in {@code If-Match}. */
final class RoadmapInputs {

    private RoadmapInputs() {}

    /** A quarter written {@code 2026-Q3}; anything else is a 400 with the reason. */
    static Quarter quarter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Quarter quarter = Quarter.parse(text);
        if (quarter == null) {
            throw new DomainException("roadmap.import.not-a-quarter", text);
        }
        return quarter;
    }

    @Schema(name = "RoadmapObjectiveInput")
    record ObjectiveInput(
            @Schema(example = "CLOUD") String code,
            @Schema(example = "Cloud-first") String name,
            String description,
            @Schema(example = "2025-01-01") LocalDate validFrom,
            LocalDate validTo) {

        ObjectiveDraft toDraft(Long version) {
            return new ObjectiveDraft(code, name, description, validFrom, validTo, version);
        }
    }

    @Schema(name = "RoadmapWeightsInput")
    record WeightsInput(
            @Schema(description = "This quarter or later; this quarter when left out", example = "2026-Q4")
            String effectiveQuarter,

            @Schema(description = "Weight (0-100) by objective id")
            Map<Long, Integer> weights,

            String note,

            @Schema(
                    description = "Id of the newest weight set you read (null when there was none); "
                            + "a set written meanwhile makes the change fail")
            Long basedOn) {}

    @Schema(name = "RoadmapItemInput")
    record ItemInput(
            Long vendorId,
            @Schema(example = "OpenText Exstream") String product,

            @Schema(example = "Cloud-native containers (CE 25.x)")
            String title,

            ItemType type,
            @Schema(example = "2026-Q3") String committedQuarter,
            ItemStatus status,
            @Schema(example = "16.x") String affectedVersion,

            @Schema(description = "Empty: every platform of the vendor")
            Set<Long> platformIds,

            String sourceUrl,
            String notes) {

        RoadmapItemDraft toDraft(Long version) {
            return new RoadmapItemDraft(
                    vendorId,
                    product,
                    title,
                    type,
                    quarter(committedQuarter),
                    status,
                    affectedVersion,
                    sourceUrl,
                    notes,
                    platformIds,
                    version);
        }
    }

    @Schema(name = "RoadmapStatusInput")
    record StatusInput(
            ItemStatus status,

            @Schema(description = "Unchanged when left out", example = "2027-Q1")
            String committedQuarter,

            @Schema(description = "Today when left out") LocalDate on,
            String note) {

        StatusChange toChange(Long version) {
            return new StatusChange(status, quarter(committedQuarter), on, note, version);
        }
    }

    @Schema(name = "RoadmapRequirementInput")
    record RequirementInput(
            Long platformId,
            String title,
            @Schema(example = "2026-Q2") String neededBy,
            String description,
            Set<Long> objectiveIds) {

        RequirementDraft toDraft(Long version) {
            return new RequirementDraft(platformId, title, quarter(neededBy), description, objectiveIds, version);
        }
    }

    @Schema(name = "RoadmapRatingInput")
    record RatingInput(
            @Schema(description = "-1..2; null clears the rating")
            Integer rating,

            String rationale) {}
}
