package io.pxportal.roadmap;

import java.util.List;
import java.util.Map;

/**
 * The ratings of some items against every objective, for the matrix editor: one row per item, a cell per objective
 * (absent when not rated), and whether the current user may rate that item.
 */
public record RatingMatrix(List<ObjectiveRef> objectives, List<Row> rows) {

    public record Row(RoadmapItemView item, Map<Long, RatingView> ratings) {

        public RatingView rating(Long objectiveId) {
            return ratings.get(objectiveId);
        }
    }
}
