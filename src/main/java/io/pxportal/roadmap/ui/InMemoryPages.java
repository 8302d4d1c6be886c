package io.pxportal.roadmap.ui;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** One page of a short list computed in memory (the steering lists), for the export menu. */
final class InMemoryPages {

    private InMemoryPages() {}

    static <T> List<T> page(List<T> all, Pageable pageable) {
        int from = (int) Math.min(all.size(), pageable.getOffset());
        return all.subList(from, Math.min(all.size(), from + pageable.getPageSize()));
    }
}
