package io.pxportal.shared.search;

import java.util.List;

/**
 * A module's answer to the global search (Ctrl+K) for its own records. It reads through the module's own
 * service, so the hits are what the current user's lists show them: the same read rule, the same checks.
 */
public interface SearchSource {

    /**
     * At most {@code limit} records whose name or number contains {@code text} (case-insensitive), as the current
     * user may read them; none when the user may read none.
     */
    List<SearchHit> search(String text, int limit);
}
