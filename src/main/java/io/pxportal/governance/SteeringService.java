package io.pxportal.governance;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.SystemAuthentication;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Steering reviews: planning them, their agenda (built from every module's {@link AgendaSource}) and closing them,
 * which freezes the agenda. The decisions taken are {@link SteeringDecisionService}'s, the actions that follow
 * {@link SteeringActionService}'s. The steering committee and admins run reviews; everyone logged in reads them.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SteeringService {

    private final SteeringReviewRepository reviews;
    private final FrozenAgendaItemRepository frozenItems;
    private final SteeringReviews steeringReviews;
    private final List<AgendaSource> sources;
    private final AgendaReadRule readRule;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    SteeringService(
            SteeringReviewRepository reviews,
            FrozenAgendaItemRepository frozenItems,
            SteeringReviews steeringReviews,
            List<AgendaSource> sources,
            PlatformService platforms,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.reviews = reviews;
        this.frozenItems = frozenItems;
        this.steeringReviews = steeringReviews;
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(AgendaSource::order))
                .toList();
        this.readRule = new AgendaReadRule(this.sources);
        this.platforms = platforms;
        this.auditTrail = auditTrail;
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
        return view(steeringReviews.find(id));
    }

    /** Whether the current user plans reviews and records decisions. */
    @PreAuthorize("isAuthenticated()")
    public boolean canRunReviews() {
        return SteeringReviews.runsReviews();
    }

    @Transactional
    @PreAuthorize(SteeringReviews.STEERING)
    public ReviewView createReview(@Valid ReviewDraft draft) {
        return view(reviews.saveAndFlush(new SteeringReview(draft)));
    }

    @Transactional
    @PreAuthorize(SteeringReviews.STEERING)
    public ReviewView updateReview(Long id, @Valid ReviewDraft draft) {
        SteeringReview review = steeringReviews.open(id);
        ConcurrentEditException.check(draft.version(), review.getVersion(), review.getTitle());
        review.apply(draft);
        return view(recordVersions.saved(reviews.saveAndFlush(review), draft.version()));
    }

    /**
     * Closes a review and freezes its agenda as it stands now: from then on the review shows these items and
     * figures, whatever happens to the records behind them.
     */
    @Transactional
    @PreAuthorize(SteeringReviews.STEERING)
    public ReviewView closeReview(Long id, Long version) {
        return close(id, version, CurrentUser.username().orElseThrow(), clock.instant());
    }

    /** Closes a review at a given time (demo data closes past reviews on their day). */
    ReviewView close(Long id, Long version, String by, java.time.Instant at) {
        SteeringReview review = steeringReviews.open(id);
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
        SteeringReview review = steeringReviews.find(id);
        return auditTrail.history(SteeringReview.class, review.getId(), SteeringReview::getTitle);
    }

    // --- agenda ------------------------------------------------------------------------------------------------

    /**
     * The review's agenda as the current user may see it ({@link AgendaReadRule}): frozen once it is closed,
     * otherwise computed from the live data. The review page and the steering pack both show this.
     */
    @PreAuthorize("isAuthenticated()")
    public Agenda agenda(Long reviewId) {
        SteeringReview review = steeringReviews.find(reviewId);
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

    // --- helpers -----------------------------------------------------------------------------------------------

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
                !review.isClosed() && SteeringReviews.runsReviews());
    }
}
