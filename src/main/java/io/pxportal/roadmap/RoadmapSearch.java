package io.pxportal.roadmap;

import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Vendor roadmap items and strategic objectives for the global search, read through their services. Objectives are
 * a handful, listed whole by their service, so they are matched here.
 */
@Component
class RoadmapSearch implements SearchSource {

    private final RoadmapItemService items;
    private final ObjectiveService objectives;

    RoadmapSearch(RoadmapItemService items, ObjectiveService objectives) {
        this.items = items;
        this.objectives = objectives;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        items.page(new RoadmapItemFilter(text, null, null, null), PageRequest.of(0, limit))
                .forEach(item -> hits.add(new SearchHit(
                        "search.kind.roadmap-item",
                        item.title(),
                        item.vendor() == null ? "" : item.vendor().name(),
                        "roadmap/items?item=" + item.id())));
        String wanted = text.toLowerCase(Locale.ROOT);
        objectives.list().stream()
                .filter(o -> o.code().toLowerCase(Locale.ROOT).contains(wanted)
                        || o.name().toLowerCase(Locale.ROOT).contains(wanted))
                .limit(limit)
                .forEach(o -> hits.add(new SearchHit(
                        "search.kind.objective",
                        o.code() + " \u00b7 " + o.name(),
                        "",
                        "roadmap/objectives?objective=" + o.id())));
        return hits;
    }
}
