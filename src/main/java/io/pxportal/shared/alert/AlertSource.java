package io.pxportal.shared.alert;

import java.time.LocalDate;
import java.util.List;

/**
 * A module whose data calls for alerts: notice deadlines, licence shortfalls, closing claim windows, slipped
 * roadmap items. The governance module's scan asks every source for the alerts its data calls for today and
 * brings the inbox in line: new ones are raised once per recipient and due date, ones no longer called for are
 * resolved. A source only reads; it knows nothing of the inbox.
 */
public interface AlertSource {

    /** What this source's alerts are about, e.g. {@code contract}; unique among sources, at most 30 characters. */
    String subjectType();

    /**
     * The alerts the current data calls for on {@code today}. Runs as the system user, once a day, at start-up
     * and after {@link AlertsOutdated}; each alert's {@link ExpectedAlert#kind()} needs a message
     * {@code alert.kind.<kind>}.
     */
    List<ExpectedAlert> expected(LocalDate today);

    /** Where the inbox's Open button leads for one subject. */
    AlertLink link(Long subjectId);
}
