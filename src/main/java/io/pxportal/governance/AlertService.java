package io.pxportal.governance;

import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's alert inbox: their open alerts, most urgent first; acknowledging hides one for good. */
@Service
@Transactional(readOnly = true)
public class AlertService {

    private final AlertRepository alerts;
    private final AlertScanner scanner;
    private final Clock clock;

    AlertService(AlertRepository alerts, AlertScanner scanner, Clock clock) {
        this.alerts = alerts;
        this.scanner = scanner;
        this.clock = clock;
    }

    /** The current user's open alerts by due date; acknowledged ones only when asked for. */
    @PreAuthorize("isAuthenticated()")
    public List<AlertView> inbox(boolean withAcknowledged, Pageable pageable) {
        return inbox(withAcknowledged, null, pageable);
    }

    /** The same, about one platform only (a platform card's alert line opens this), or all when it is null. */
    @PreAuthorize("isAuthenticated()")
    public List<AlertView> inbox(boolean withAcknowledged, Long platformId, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return alerts.inbox(me(), withAcknowledged, platformId, pageable).stream()
                .map(a -> a.toView(today))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(boolean withAcknowledged) {
        return count(withAcknowledged, null);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(boolean withAcknowledged, Long platformId) {
        return alerts.countInbox(me(), withAcknowledged, platformId);
    }

    /** Marks one of the current user's alerts as seen; it is not raised again unless its date changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void acknowledge(Long id) {
        Alert alert = alerts.findById(id)
                .filter(a -> a.getRecipient().equals(me()))
                .orElseThrow(() -> new NotFoundException("alert", id));
        alert.acknowledge(clock.instant());
    }

    /** Runs the daily scan now (e.g. after a bulk import of contracts); returns how many alerts it raised. */
    @PreAuthorize("hasRole('ADMIN')")
    public int scanNow() {
        return scanner.scan();
    }

    /** Where the inbox's Open button leads for an alert, if its source still exists. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AlertLink> link(AlertView alert) {
        return scanner.source(alert.subjectType()).map(s -> s.link(alert.subjectId()));
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
