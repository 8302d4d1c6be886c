package io.pxportal.shared.agenda;

import java.util.List;

/**
 * One thing on the agenda: the record it is about ({@code subjectType} and id, so a decision can link to it), a
 * title, the platform it concerns (null when several), its figures, and whether it calls for a decision.
 */
public record AgendaItem(
        String subjectType,
        Long subjectId,
        Long platformId,
        String title,
        List<AgendaFigure> figures,
        boolean needsDecision) {

    public AgendaItem {
        figures = List.copyOf(figures);
    }
}
