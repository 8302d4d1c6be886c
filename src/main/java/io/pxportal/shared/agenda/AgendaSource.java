package io.pxportal.shared.agenda;

import java.util.List;

/**
 * A module that has something a steering review must look at: renewals that need a decision, licence shortfalls,
 * SLA breaches, budget variance, slipped roadmap items, the scorecard. The governance module builds a review's
 * agenda from every source and, when the review closes, freezes the items with their figures, so that later
 * changes never rewrite what the committee saw.
 */
public interface AgendaSource {

    /** The agenda section this source fills, e.g. {@code renewals}; shown through {@code agenda.section.<section>}. */
    String section();

    /** Where the section comes in the agenda: lower first. */
    int order();

    /** The items of the review's platforms as of the review date; runs as the system user. */
    List<AgendaItem> items(AgendaScope scope);

    /**
     * Of this section's items (live or frozen), those the current user may read under the module's own read rule,
     * the one its lists, exports and API apply; runs as the viewer. The review page and the steering pack both
     * show an agenda through this, so they cannot disagree. Everything by default, for sections whose facts
     * everyone logged in reads anyway.
     */
    default List<AgendaItem> readable(List<AgendaItem> items) {
        return items;
    }

    /**
     * As {@link #readable(List)}, for a source whose items the viewer may read in part: it gets the review's scope
     * and whether the items are the frozen record, so that it can compute live items again as the viewer (or leave
     * frozen ones out) where the viewer's own view would show other figures. By default {@link #readable(List)}.
     */
    default List<AgendaItem> readable(List<AgendaItem> items, AgendaScope scope, boolean frozen) {
        return readable(items);
    }
}
