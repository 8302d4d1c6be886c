package io.pxportal.roadmap;

import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The roadmap fit in the steering pack: the heatmap of the review's platforms × the weighted objectives, drawn
 * from the fit items' figures only (the fit and the coverage per objective), so a closed review shows the heatmap
 * it was closed with. The drawing is the steering view's ({@link FitHeatmapChart}).
 */
@Component
class RoadmapAgendaCharts implements AgendaChartSource {

    static final String FIT = "agenda.roadmap.fit";
    static final String COVERAGE = "agenda.roadmap.coverage";
    private static final String SEPARATOR = " · ";
    /** "A11Y 60 %", or "A11Y –" for an objective no item was rated for. */
    private static final Pattern CELL = Pattern.compile("([A-Za-z0-9_-]+) (?:(\\d+(?:\\.\\d+)?) %|–)");

    private static final String NOT_RATED = "–";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ObjectiveRepository objectives;

    @org.springframework.beans.factory.annotation.Autowired
    RoadmapAgendaCharts(ObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    /** Without the objectives' names: the key under the heatmap is left out. */
    RoadmapAgendaCharts() {
        this(null);
    }

    @Override
    public String section() {
        return RoadmapAgenda.SECTION;
    }

    @Override
    public List<AgendaChart> charts(List<AgendaItem> items, Context context) {
        List<String> columns = new ArrayList<>();
        Map<AgendaItem, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
        for (AgendaItem item : items) {
            if (!RoadmapAgenda.FIT_SUBJECT.equals(item.subjectType())) {
                continue;
            }
            Map<String, BigDecimal> coverage =
                    figure(item, COVERAGE).map(RoadmapAgendaCharts::parse).orElse(Map.of());
            coverage.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            if (!coverage.isEmpty()) {
                cells.put(item, coverage);
            }
        }
        if (cells.isEmpty()) {
            return List.of();
        }
        List<FitHeatmapChart.Row> rows = cells.entrySet().stream()
                .map(e -> new FitHeatmapChart.Row(
                        FitHeatmapChart.label(
                                context.platformName(e.getKey().platformId()),
                                figure(e.getKey(), FIT).map(BigDecimal::new).orElse(null),
                                context.locale()),
                        columns.stream().map(c -> e.getValue().get(c)).toList()))
                .toList();
        String coverage = context.translate().apply(COVERAGE);
        FitHeatmapChart.Labels labels = new FitHeatmapChart.Labels(
                context.locale(), coverage, context.translate().apply("roadmap.fit.not-rated"), names(columns));
        return List.of(new AgendaChart(
                null,
                context.translate().apply(FIT) + SEPARATOR + coverage,
                FitHeatmapChart.build(columns, rows, labels)));
    }

    /** The objectives' names by code, for the key under the heatmap; the codes of a closed review keep today's names. */
    private Map<String, String> names(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        if (objectives != null) {
            objectives.findAll().stream()
                    .filter(o -> codes.contains(o.getCode()))
                    .forEach(o -> names.put(o.getCode(), o.getName()));
        }
        return names;
    }

    /**
     * The coverage figure's neutral text: each weighted objective's code and its coverage as a whole percentage, or
     * "–" when no item was rated for it (so the heatmap shows it as not rated, not as 0 %).
     */
    static AgendaFigure coverageFigure(List<ObjectiveRef> objectives, Fit fit) {
        Map<Long, ObjectiveFit> byObjective =
                fit.objectives().stream().collect(Collectors.toMap(ObjectiveFit::objectiveId, f -> f));
        return AgendaFigure.text(
                COVERAGE,
                objectives.stream()
                        .map(o -> {
                            ObjectiveFit cell = byObjective.get(o.id());
                            return o.code() + " "
                                    + (cell == null || !cell.rated()
                                            ? NOT_RATED
                                            : cell.coverage().multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP)
                                                    + " %");
                        })
                        .collect(Collectors.joining(SEPARATOR)));
    }

    /** The coverage 0–1 per objective code, read back from the figure (in the order written); null: not rated. */
    static Map<String, BigDecimal> parse(String text) {
        Map<String, BigDecimal> coverage = new LinkedHashMap<>();
        Matcher m = CELL.matcher(text);
        while (m.find()) {
            coverage.put(m.group(1), m.group(2) == null ? null : new BigDecimal(m.group(2)).divide(HUNDRED));
        }
        return coverage;
    }

    private static Optional<String> figure(AgendaItem item, String labelKey) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .map(AgendaFigure::value)
                .filter(v -> !v.isEmpty())
                .findFirst();
    }
}
