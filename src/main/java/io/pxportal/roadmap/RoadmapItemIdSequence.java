package io.pxportal.roadmap;

import io.pxportal.shared.domain.IdSequenceMigration;
import org.springframework.stereotype.Component;

/**
 * Roadmap items are imported by the ten thousand, each with the first step of its status history: both take their
 * ids from pooled sequences so their inserts batch (one identity insert between them would end every batch).
 */
@Component
class RoadmapItemIdSequence extends IdSequenceMigration {

    RoadmapItemIdSequence() {
        super("98", "roadmap_item", "roadmap_item_status");
    }
}
