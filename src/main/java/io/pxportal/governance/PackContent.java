package io.pxportal.governance;

import io.pxportal.shared.agenda.AgendaChart;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a steering pack shows, gathered before any PDF is written: the review, its agenda (frozen once
 * closed), the charts drawn from the agenda's sections, its decisions and the actions still open.
 */
record PackContent(
        ReviewView review,
        Agenda agenda,
        Map<String, List<AgendaChart>> charts,
        List<DecisionView> decisions,
        List<ActionView> openActions,
        Locale locale,
        String generatedBy,
        Instant generatedAt,
        ZoneId zone,
        PeopleNames names) {}
