package io.pxportal.experience;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The scorecard a steering review opens with: per platform, TX and the five dimensions with their coverage, the
 * four PX pillars, the change of TX and PX since the quarter before, and the three metrics that cost TX the most
 * points — for the last complete quarter before the review (see {@link #quarterFor}). A decision is called for
 * when TX or PX is below {@value #FLOOR} or fell by more than {@value #FALL} points (docs/scoring.md). The figures
 * carry every number the radar needs ({@link ScorecardAgendaCharts}), because only they are frozen.
 */
@Component
class ScorecardAgenda implements AgendaSource {

    static final String SECTION = "scorecard";
    static final String SUBJECT = "scorecard";
    static final int DRIVERS = 3;
    /** Below this a score reads bad, as on the portfolio cards. */
    static final int FLOOR = 50;
    /** A fall of more than this many points in one quarter is more than the demo's noise and needs a look. */
    static final int FALL = 5;

    private static final String KEY = "agenda.scorecard.";

    private final ScoreService scores;
    private final PlatformService platforms;

    ScorecardAgenda(ScoreService scores, PlatformService platforms) {
        this.scores = scores;
        this.platforms = platforms;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 5;
    }

    /** Runs as whoever builds the agenda — the system user for a review — through the secured score service. */
    @Override
    public List<AgendaItem> items(AgendaScope scope) {
        if (scope.platformIds().isEmpty()) {
            return List.of();
        }
        Quarter quarter = quarterFor(scope.asOf());
        Map<Long, List<QuarterScore>> trend = scores.trends(scope.platformIds(), quarter, 2);
        List<PlatformRef> covered = platforms.refsByIds(scope.platformIds()).values().stream()
                .sorted(Comparator.comparing(PlatformRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<AgendaItem> items = new ArrayList<>();
        for (PlatformRef platform : covered) {
            List<QuarterScore> two = trend.get(platform.id());
            items.add(item(
                    platform, quarter, two.getLast().scorecard(), two.getFirst().scorecard()));
        }
        return items;
    }

    /**
     * The items as the viewer's own scorecard shows them. A platform for which a metric source keeps values from the
     * viewer (finance's budget variance when they may not see its costs) has its live item computed again as the
     * viewer, so that its scores leave that metric out just as their scorecard view does. A frozen item cannot be
     * taken apart: the committee record of such a platform is left out for a viewer who was not an attendee.
     */
    @Override
    public List<AgendaItem> readable(List<AgendaItem> items, AgendaScope scope, boolean frozen) {
        Set<Long> withheld = scores.withheld(items.stream()
                .map(AgendaItem::platformId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        if (withheld.isEmpty()) {
            return items;
        }
        Map<Long, AgendaItem> again = frozen
                ? Map.of()
                : items(new AgendaScope(withheld, scope.asOf(), scope.until())).stream()
                        .collect(Collectors.toMap(AgendaItem::platformId, Function.identity()));
        return items.stream()
                .map(i -> withheld.contains(i.platformId()) ? again.get(i.platformId()) : i)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The quarter a review looks at: the last one that ended before the review date. Not the quarter the review
     * falls in — that one is still running: its observations are entered after it ends, its pulse is below the
     * anonymity threshold for weeks, and its derived metrics cover only the days so far, so its scores would move
     * after the meeting and mostly show low coverage. A complete quarter is what the committee can act on.
     */
    static Quarter quarterFor(LocalDate reviewDate) {
        return Quarter.of(reviewDate).plus(-1);
    }

    /** The item of one platform: {@code card} of the review's quarter, {@code before} of the quarter before. */
    static AgendaItem item(PlatformRef platform, Quarter quarter, Scorecard card, Scorecard before) {
        List<AgendaFigure> figures = new ArrayList<>();
        figures.add(AgendaFigure.number(KEY + "tx", card.total().value()));
        figures.add(AgendaFigure.percent(KEY + "tx-coverage", card.total().coverage()));
        figures.add(AgendaFigure.number(KEY + "tx-change", change(card.total(), before.total())));
        Score px = card.dimension(Dimension.PX);
        figures.add(AgendaFigure.number(scoreKey(Dimension.PX), px.value()));
        figures.add(AgendaFigure.percent(coverageKey(Dimension.PX), px.coverage()));
        figures.add(AgendaFigure.number(KEY + "px-change", change(px, before.dimension(Dimension.PX))));
        for (Dimension d : List.of(Dimension.CX, Dimension.EX, Dimension.UX, Dimension.MX)) {
            figures.add(AgendaFigure.number(scoreKey(d), card.dimension(d).value()));
            figures.add(AgendaFigure.percent(coverageKey(d), card.dimension(d).coverage()));
        }
        for (Pillar p : Pillar.values()) {
            figures.add(AgendaFigure.number(
                    KEY + "pillar." + p.name().toLowerCase(Locale.ROOT),
                    card.pillar(p).value()));
        }
        List<MetricScore> drivers = card.drivers();
        for (int i = 0; i < Math.min(DRIVERS, drivers.size()); i++) {
            MetricDefinition driver = drivers.get(i).metric();
            // A default metric is frozen as its message key, so the pack names it in the reader's language.
            figures.add(
                    driver.hasDefaultName()
                            ? AgendaFigure.message(KEY + "driver-" + (i + 1), driver.nameKey())
                            : AgendaFigure.text(KEY + "driver-" + (i + 1), driver.name()));
            figures.add(AgendaFigure.number(
                    KEY + "driver-" + (i + 1) + "-lost", drivers.get(i).lostInTotal()));
        }
        return new AgendaItem(
                SUBJECT,
                platform.id(),
                platform.id(),
                platform.name() + " · " + quarter,
                figures,
                needsDecision(card.total(), before.total()) || needsDecision(px, before.dimension(Dimension.PX)));
    }

    /** Below the floor, or fallen by more than {@link #FALL} points since the quarter before. */
    static boolean needsDecision(Score now, Score before) {
        if (!now.hasData()) {
            return false;
        }
        BigDecimal change = change(now, before);
        return now.value().compareTo(BigDecimal.valueOf(FLOOR)) < 0
                || change != null && change.compareTo(BigDecimal.valueOf(-FALL)) < 0;
    }

    /** The figure that holds a dimension's score, which the radar reads back. */
    static String scoreKey(Dimension dimension) {
        return KEY + dimension.name().toLowerCase(Locale.ROOT);
    }

    private static String coverageKey(Dimension dimension) {
        return scoreKey(dimension) + "-coverage";
    }

    private static BigDecimal change(Score now, Score before) {
        return now.hasData() && before != null && before.hasData() ? now.value().subtract(before.value()) : null;
    }
}
