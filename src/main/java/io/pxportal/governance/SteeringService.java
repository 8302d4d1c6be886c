package io.pxportal.governance;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import io.pxportal.shared.alert.AlertsOutdated;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.security.SystemAuthentication;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Steering reviews: planning them, their agenda (built from every module's {@link AgendaSource}, frozen when
 * the review closes), the decisions taken and the actions that follow. The steering committee and admins run
 * reviews; everyone logged in reads them; an action's owner may mark it done.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SteeringService {

    private static final String STEERING = "hasAnyRole('STEERING', 'ADMIN')";

    private final SteeringReviewRepository reviews;
    private final FrozenAgendaItemRepository frozenItems;
    private final SteeringDecisionRepository decisions;
    private final SteeringActionRepository actions;
    private final List<AgendaSource> sources;
    private final AgendaReadRule readRule;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RecordVersions recordVersions;

    SteeringService(
            SteeringReviewRepository reviews,
            FrozenAgendaItemRepository frozenItems,
            SteeringDecisionRepository decisions,
            SteeringActionRepository actions,
            List<AgendaSource> sources,
            PlatformService platforms,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock,
            RecordVersions recordVersions) {
        this.reviews = reviews;
        this.frozenItems = frozenItems;
        this.decisions = decisions;
        this.actions = actions;
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(AgendaSource::order))
                .toList();
        this.readRule = new AgendaReadRule(this.sources);
        this.platforms = platforms;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    // --- reviews -----------------------------------------------------------------------------------------------

    /** Reviews, the newest (or next) first. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewView> reviews(Pageable pageable) {
        return reviews.newestFirst(pageable).stream().map(this::view).toList();
    }

    /** Reviews whose title contains {@code text} (case-insensitive), the newest first: the global search's. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewView> reviewsTitled(String text, Pageable pageable) {
        return reviews.titled(text, pageable).stream().map(this::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countReviews() {
        return reviews.count();
    }

    @PreAuthorize("isAuthenticated()")
    public ReviewView review(Long id) {
        return view(find(id));
    }

    /** Whether the current user plans reviews and records decisions. */
    @PreAuthorize("isAuthenticated()")
    public boolean canRunReviews() {
        return CurrentUser.hasRole(Role.STEERING) || CurrentUser.hasRole(Role.ADMIN);
    }

    @Transactional
    @PreAuthorize(STEERING)
    public ReviewView createReview(@Valid ReviewDraft draft) {
        return view(reviews.saveAndFlush(new SteeringReview(draft)));
    }

    @Transactional
    @PreAuthorize(STEERING)
    public ReviewView updateReview(Long id, @Valid ReviewDraft draft) {
        SteeringReview review = open(id);
        ConcurrentEditException.check(draft.version(), review.getVersion(), review.getTitle());
        review.apply(draft);
        return view(recordVersions.saved(reviews.saveAndFlush(review), draft.version()));
    }

    /**
     * Closes a review and freezes its agenda as it stands now: from then on the review shows these items and
     * figures, whatever happens to the records behind them.
     */
    @Transactional
    @PreAuthorize(STEERING)
    public ReviewView closeReview(Long id, Long version) {
        return close(id, version, CurrentUser.username().orElseThrow(), clock.instant());
    }

    /** Closes a review at a given time (demo data closes past reviews on their day). */
    ReviewView close(Long id, Long version, String by, java.time.Instant at) {
        SteeringReview review = open(id);
        ConcurrentEditException.check(version, review.getVersion(), review.getTitle());
        int position = 0;
        for (AgendaSection section : live(review).sections()) {
            for (AgendaItem item : section.items()) {
                frozenItems.save(new FrozenAgendaItem(review.getId(), position++, section.section(), item));
            }
        }
        review.close(by, at);
        return view(recordVersions.saved(reviews.saveAndFlush(review), version));
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> reviewHistory(Long id) {
        SteeringReview review = find(id);
        return auditTrail.history(SteeringReview.class, review.getId(), SteeringReview::getTitle);
    }

    // --- agenda ------------------------------------------------------------------------------------------------

    /**
     * The review's agenda as the current user may see it ({@link AgendaReadRule}): frozen once it is closed,
     * otherwise computed from the live data. The review page and the steering pack both show this.
     */
    @PreAuthorize("isAuthenticated()")
    public Agenda agenda(Long reviewId) {
        SteeringReview review = find(reviewId);
        return readRule.forViewer(fullAgenda(review), review.getPlatformIds(), review.getAttendees());
    }

    /** The whole agenda, whoever asks: what closing a review freezes. */
    private Agenda fullAgenda(SteeringReview review) {
        Long reviewId = review.getId();
        if (!review.isClosed()) {
            return live(review);
        }
        Map<String, List<AgendaItem>> bySection = new java.util.LinkedHashMap<>();
        for (FrozenAgendaItem item : frozenItems.findByReviewIdOrderByPosition(reviewId)) {
            bySection.computeIfAbsent(item.getSection(), s -> new ArrayList<>()).add(item.toItem());
        }
        List<AgendaSection> sections = new ArrayList<>();
        for (AgendaSource source : sources) {
            sections.add(new AgendaSection(source.section(), bySection.getOrDefault(source.section(), List.of())));
            bySection.remove(source.section());
        }
        bySection.forEach((section, items) -> sections.add(new AgendaSection(section, items)));
        return new Agenda(true, review.getHeldOn(), until(review), sections);
    }

    private Agenda live(SteeringReview review) {
        AgendaScope scope = new AgendaScope(review.getPlatformIds(), review.getHeldOn(), until(review));
        List<AgendaSection> sections = new ArrayList<>();
        SystemAuthentication.runAs(
                "steering-agenda",
                () -> sources.forEach(
                        source -> sections.add(new AgendaSection(source.section(), source.items(scope)))));
        return new Agenda(false, scope.asOf(), scope.until(), sections);
    }

    /** The last day a review decides for: the day before the next review, or three months on. */
    private LocalDate until(SteeringReview review) {
        return reviews.findFirstByHeldOnAfterOrderByHeldOnAsc(review.getHeldOn())
                .map(next -> next.getHeldOn().minusDays(1))
                .orElse(review.getHeldOn().plusMonths(3));
    }

    // --- decisions ---------------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(STEERING)
    public DecisionView decide(Long reviewId, @Valid DecisionDraft draft) {
        return decide(reviewId, draft, LocalDate.now(clock));
    }

    /** Records a decision taken on a given day (demo data records past reviews' decisions on their day). */
    DecisionView decide(Long reviewId, DecisionDraft draft, LocalDate on) {
        SteeringReview review = open(reviewId);
        SteeringDecision decision = decisions.saveAndFlush(new SteeringDecision(
                review.getId(), draft, CurrentUser.username().orElseThrow(), on));
        return decision.toView(review);
    }

    @PreAuthorize("isAuthenticated()")
    public List<DecisionView> decisions(Long reviewId) {
        SteeringReview review = find(reviewId);
        return decisions.findByReviewIdOrderById(reviewId).stream()
                .map(d -> d.toView(review))
                .toList();
    }

    /** Every decision across reviews, newest first, optionally narrowed by text and outcome. */
    @PreAuthorize("isAuthenticated()")
    public List<DecisionView> decisionLog(String text, DecisionOutcome outcome, Pageable pageable) {
        List<SteeringDecision> page = decisions.log(like(text), outcome, pageable);
        Map<Long, SteeringReview> byId =
                reviewsOf(page.stream().map(SteeringDecision::getReviewId).toList());
        return page.stream().map(d -> d.toView(byId.get(d.getReviewId()))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countDecisionLog(String text, DecisionOutcome outcome) {
        return decisions.countLog(like(text), outcome);
    }

    // --- actions -----------------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(STEERING)
    public ActionView addAction(Long reviewId, @Valid ActionDraft draft) {
        SteeringReview review = find(reviewId);
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

    @PreAuthorize("isAuthenticated()")
    public List<ActionView> actions(Long reviewId) {
        find(reviewId);
        return toViews(actions.findByReviewIdOrderByDueOnAscIdAsc(reviewId));
    }

    /** The current user's actions: open ones first by due date; done and cancelled ones only when asked for. */
    @PreAuthorize("isAuthenticated()")
    public List<ActionView> myActions(boolean withClosed, Pageable pageable) {
        return toViews(actions.ownedBy(me(), withClosed, pageable));
    }

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
        SteeringAction action =
                actions.findById(actionId).orElseThrow(() -> new NotFoundException("steering-action", actionId));
        ConcurrentEditException.check(version, action.getVersion(), action.getTitle());
        action.setStatus(status, on);
        events.publishEvent(new AlertsOutdated(ActionAlerts.SUBJECT));
        return toViews(List.of(recordVersions.saved(actions.saveAndFlush(action), version)))
                .getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> actionHistory(Long actionId) {
        SteeringAction action =
                actions.findById(actionId).orElseThrow(() -> new NotFoundException("steering-action", actionId));
        return auditTrail.history(SteeringAction.class, action.getId(), SteeringAction::getTitle);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private List<ActionView> toViews(List<SteeringAction> page) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, SteeringReview> byId =
                reviewsOf(page.stream().map(SteeringAction::getReviewId).toList());
        Map<Long, String> decisionTitles = decisions
                .findAllById(page.stream()
                        .map(SteeringAction::getDecisionId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(SteeringDecision::getId, SteeringDecision::getTitle));
        boolean steering = canRunReviews();
        String me = CurrentUser.username().orElse("");
        return page.stream()
                .map(a -> a.toView(
                        byId.get(a.getReviewId()),
                        decisionTitles.get(a.getDecisionId()),
                        today,
                        steering || a.getOwner().equals(me)))
                .toList();
    }

    private Map<Long, SteeringReview> reviewsOf(List<Long> ids) {
        return reviews.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(SteeringReview::getId, Function.identity()));
    }

    private ReviewView view(SteeringReview review) {
        Map<Long, PlatformRef> refs = platforms.refsByIds(review.getPlatformIds());
        List<PlatformRef> covered = refs.values().stream()
                .sorted(Comparator.comparing(PlatformRef::name))
                .toList();
        return new ReviewView(
                review.getId(),
                review.getVersion(),
                review.getTitle(),
                review.getHeldOn(),
                review.getStatus(),
                covered,
                review.getAttendees().stream().sorted().toList(),
                review.getNotes(),
                review.getClosedAt(),
                review.getClosedBy(),
                !review.isClosed() && canRunReviews());
    }

    private SteeringReview find(Long id) {
        return reviews.findById(id).orElseThrow(() -> new NotFoundException("steering-review", id));
    }

    private SteeringReview open(Long id) {
        SteeringReview review = find(id);
        if (review.isClosed()) {
            throw new DomainException("review.already-closed", review.getTitle());
        }
        return review;
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
