package io.pxportal.shared.agenda;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a review covers: its platforms, the date its figures are taken on ({@code asOf}, the review date) and
 * the last day the committee decides for ({@code until}, the day before the next review, or three months on).
 */
public record AgendaScope(Set<Long> platformIds, LocalDate asOf, LocalDate until) {

    public AgendaScope {
        platformIds = Set.copyOf(platformIds);
    }
}
