package io.pxportal.governance;

import io.pxportal.identity.UserDirectory;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.i18n.Languages;
import io.pxportal.shared.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The steering pack of a review as a PDF (A4 landscape, bookmarks, page numbers, in any of the four UI languages):
 * what the review page shows — the agenda as frozen when the review closed, or live while it is planned — with
 * the charts the modules draw for their sections, the decisions and the open actions. Whoever may read a review
 * may have its pack, and it shows them what the review page shows them: the agenda comes from
 * {@link SteeringService#agenda}, read for the viewer, and the charts are drawn from those items only. Rendering
 * takes a moment, so the UI asks for it in the background and shows progress.
 */
@Service
public class SteeringPackService {

    private final SteeringService steering;
    private final SteeringDecisionService decisions;
    private final SteeringActionService actions;
    private final List<AgendaChartSource> chartSources;
    private final MessageSource messages;
    private final UserDirectory users;
    private final Clock clock;
    /** Two at a time at most: a pack is CPU work, and two cores serve everyone else too. */
    SteeringPackService(
            SteeringService steering,
            SteeringDecisionService decisions,
            SteeringActionService actions,
            List<AgendaChartSource> chartSources,
            MessageSource messages,
            UserDirectory users,
            Clock clock) {
        this.users = users;
        this.steering = steering;
        this.decisions = decisions;
        this.actions = actions;
        this.chartSources = List.copyOf(chartSources);
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The review's pack in {@code locale}: the texts in its language (one of the UI languages; others give
     * English), dates and amounts as its region writes them, as on the reader's screen.
     */
    @PreAuthorize("isAuthenticated()")
    public SteeringPack render(Long reviewId, Locale locale) {
        return render(reviewId, locale, p -> {});
    }

    /** The same, telling {@code progress} how far it is (0 to 1). */
    @PreAuthorize("isAuthenticated()")
    public SteeringPack render(Long reviewId, Locale locale, DoubleConsumer progress) {
        Locale language = Languages.inRegion(locale, locale);
        ReviewView review = steering.review(reviewId);
        progress.accept(0.05);
        Agenda agenda = steering.agenda(reviewId);
        progress.accept(0.3);
        List<DecisionView> decided = decisions.decisions(reviewId);
        List<ActionView> open = actions.actions(reviewId).stream()
                .filter(a -> a.status() == ActionStatus.OPEN)
                .toList();
        progress.accept(0.4);
        PackContent content = new PackContent(
                review,
                agenda,
                charts(review, agenda, language),
                decided,
                open,
                language,
                CurrentUser.username().orElse(""),
                clock.instant(),
                clock.getZone(),
                new PeopleNames(users));
        progress.accept(0.5);
        byte[] pdf = new PackWriter(content, messages, progress).write();
        progress.accept(1);
        return new SteeringPack("steering-pack-" + review.heldOn() + "-" + review.id() + ".pdf", pdf);
    }

    private Map<String, List<AgendaChart>> charts(ReviewView review, Agenda agenda, Locale locale) {
        Map<Long, String> names =
                review.platforms().stream().collect(Collectors.toMap(PlatformRef::id, PlatformRef::name));
        AgendaChartSource.Context context =
                new AgendaChartSource.Context(locale, key -> messages.getMessage(key, null, "!" + key, locale), names);
        Map<String, List<AgendaChart>> charts = new LinkedHashMap<>();
        for (AgendaSection section : agenda.sections()) {
            for (AgendaChartSource source : chartSources) {
                if (source.section().equals(section.section())
                        && !section.items().isEmpty()) {
                    charts.computeIfAbsent(section.section(), s -> new ArrayList<>())
                            .addAll(source.charts(section.items(), context));
                }
            }
        }
        return charts;
    }
}
