package io.pxportal.governance;

import java.util.List;

/**
 * A review's agenda: live from the modules while the review is planned, frozen (as it stood when the review
 * closed) afterwards; {@code until} is the last day the review decides for.
 */
public record Agenda(
        boolean frozen, java.time.LocalDate asOf, java.time.LocalDate until, List<AgendaSection> sections) {}
