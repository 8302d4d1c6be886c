package io.pxportal.governance;

import io.pxportal.shared.alert.AlertsOutdated;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The actions that follow a steering review: the steering committee and admins assign them, their owner (or the
 * committee) marks them done, cancelled or open again; everyone logged in reads them and their history.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SteeringActionService {

    private final SteeringActionRepository actions;
    private final SteeringDecisionRepository decisions;
    private final SteeringReviews reviews;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecordVersions recordVersions;

    SteeringActionService(
            SteeringActionRepository actions,
            SteeringDecisionRepository decisions,
            SteeringReviews reviews,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock,
            RecordVersions recordVersions) {
        this.actions = actions;
        this.decisions = decisions;
        this.reviews = reviews;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** Assigns an action of the review, following one of its decisions when {@code draft} names one. */
    @Transactional
    @PreAuthorize(SteeringReviews.STEERING)
    public ActionView addAction(Long reviewId, @Valid ActionDraft draft) {
        SteeringReview review = reviews.find(reviewId);
        if (draft.decisionId() != null
                && decisions
                        .findById(draft.decisionId())
                        .filter(d -> d.getReviewId().equals(reviewId))
                        .isEmpty()) {
            throw new NotFoundException("steering-decision", draft.decisionId());
        }
        return toViews(List.of(actions.saveAndFlush(new SteeringAction(review.getId(), draft))))
                .getFirst();
    }

    /** The review's actions, the earliest due first. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionView> actions(Long reviewId) {
        reviews.find(reviewId);
        return toViews(actions.findByReviewIdOrderByDueOnAscIdAsc(reviewId));
    }

    /** The current user's actions: open ones first by due date; done and cancelled ones only when asked for. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionView> myActions(boolean withClosed, Pageable pageable) {
        return toViews(actions.ownedBy(me(), withClosed, pageable));
    }

    /** How many actions {@link #myActions} lists. */
    @PreAuthorize("isAuthenticated()")
    public long countMyActions(boolean withClosed) {
        return actions.countOwnedBy(me(), withClosed);
    }

    /** Marks an action done, cancelled or open again; refuses a stale version. */
    @Transactional
    @PreAuthorize("hasAnyRole('STEERING', 'ADMIN') or @actionAccess.canEdit(#actionId)")
    public ActionView setActionStatus(Long actionId, ActionStatus status, Long version) {
        return setActionStatus(actionId, status, version, LocalDate.now(clock));
    }

    /** Changes an action's status as of a given day (demo data completes past actions on time). */
    ActionView setActionStatus(Long actionId, ActionStatus status, Long version, LocalDate on) {
        SteeringAction action = find(actionId);
        ConcurrentEditException.check(version, action.getVersion(), action.getTitle());
        action.setStatus(status, on);
        events.publishEvent(new AlertsOutdated(ActionAlerts.SUBJECT));
        return toViews(List.of(recordVersions.saved(actions.saveAndFlush(action), version)))
                .getFirst();
    }

    /** Who changed the action when, from its audit revisions. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> actionHistory(Long actionId) {
        SteeringAction action = find(actionId);
        return auditTrail.history(SteeringAction.class, action.getId(), SteeringAction::getTitle);
    }

    private SteeringAction find(Long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("steering-action", actionId));
    }

    private List<ActionView> toViews(List<SteeringAction> page) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, SteeringReview> byId =
                reviews.byIds(page.stream().map(SteeringAction::getReviewId).toList());
        Map<Long, String> decisionTitles = decisions
                .findAllById(page.stream()
                        .map(SteeringAction::getDecisionId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(SteeringDecision::getId, SteeringDecision::getTitle));
        boolean steering = SteeringReviews.runsReviews();
        String me = CurrentUser.username().orElse("");
        return page.stream()
                .map(a -> a.toView(
                        byId.get(a.getReviewId()),
                        decisionTitles.get(a.getDecisionId()),
                        today,
                        steering || a.getOwner().equals(me)))
                .toList();
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
