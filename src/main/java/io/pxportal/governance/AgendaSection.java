package io.pxportal.governance;

import io.pxportal.shared.agenda.AgendaItem;
import java.util.List;

/** One section of a review's agenda, e.g. renewals, with its items. */
public record AgendaSection(String section, List<AgendaItem> items) {}
