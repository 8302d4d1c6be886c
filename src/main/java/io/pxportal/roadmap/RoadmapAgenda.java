package io.pxportal.roadmap;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a steering review must see of the roadmaps: each platform's fit, reliability, gaps and end of support for
 * the review's quarter (a decision is called for when the fit is below 50 or support ends within 12 months), and
 * the items of its platforms that slipped in the 90 days before the review. A fit item also carries the coverage
 * of each weighted objective, from which the pack draws the heatmap ({@link RoadmapAgendaCharts}).
 */
@Component
class RoadmapAgenda implements AgendaSource {

    static final String SECTION = "roadmap";
    static final String FIT_SUBJECT = "roadmap-fit";
    private static final BigDecimal WEAK_FIT = BigDecimal.valueOf(50);
    private static final int SLIP_DAYS = 90;

    private final RoadmapScoreService scores;

    RoadmapAgenda(RoadmapScoreService scores) {
        this.scores = scores;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<AgendaItem> items(AgendaScope scope) {
        Quarter quarter = Quarter.of(scope.asOf());
        List<AgendaItem> items = new ArrayList<>();
        Map<Long, Long> gaps = scores.gaps(quarter).stream()
                .filter(g -> scope.platformIds().contains(g.platform().id()))
                .collect(Collectors.groupingBy(g -> g.platform().id(), Collectors.counting()));
        Heatmap heatmap = scores.heatmap(quarter);
        for (PlatformFit fit : heatmap.rows()) {
            if (!scope.platformIds().contains(fit.platform().id())) {
                continue;
            }
            SupportRiskView support = fit.endOfSupport();
            boolean decide = fit.fit().score() != null && fit.fit().score().compareTo(WEAK_FIT) < 0
                    || support != null
                            && (support.risk() == SupportRisk.ENDED || support.risk() == SupportRisk.WITHIN_12_MONTHS);
            items.add(new AgendaItem(
                    FIT_SUBJECT,
                    fit.platform().id(),
                    fit.platform().id(),
                    fit.platform().name() + " · " + quarter,
                    List.of(
                            AgendaFigure.number("agenda.roadmap.fit", fit.fit().score()),
                            AgendaFigure.percent(
                                    "agenda.roadmap.reliability",
                                    fit.reliability().score()),
                            AgendaFigure.number(
                                    "agenda.roadmap.gaps",
                                    BigDecimal.valueOf(
                                            gaps.getOrDefault(fit.platform().id(), 0L))),
                            AgendaFigure.date(
                                    "agenda.roadmap.support-ends", support == null ? null : support.supportEnds()),
                            RoadmapAgendaCharts.coverageFigure(heatmap.objectives(), fit.fit())),
                    decide));
        }
        for (SlippedItem slipped : scores.slippedSince(scope.asOf().minusDays(SLIP_DAYS))) {
            if (slipped.slip().on().isAfter(scope.asOf()) || !concernsScope(slipped, scope)) {
                continue;
            }
            items.add(new AgendaItem(
                    RoadmapAlerts.SUBJECT,
                    slipped.item().id(),
                    null,
                    slipped.item().vendor().name() + " · " + slipped.item().title(),
                    List.of(
                            AgendaFigure.message(
                                    "agenda.roadmap.status",
                                    "roadmap-status."
                                            + slipped.slip().toStatus().name()),
                            AgendaFigure.text(
                                    "agenda.roadmap.quarter",
                                    slipped.slip().toQuarter() == null
                                            ? null
                                            : slipped.slip().toQuarter().toString()),
                            AgendaFigure.date(
                                    "agenda.roadmap.slipped-on", slipped.slip().on())),
                    false));
        }
        return items;
    }

    /** Whether the item concerns one of the review's platforms (listed, or any platform of its vendor). */
    private boolean concernsScope(SlippedItem slipped, AgendaScope scope) {
        return scores.concernedPlatforms(slipped.item().id()).stream().anyMatch(scope.platformIds()::contains);
    }
}
