package io.pxportal.experience.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.Scorecard;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/** The platforms side by side for a quarter: TX, each dimension, coverage and the top driver; a row opens its scorecard. */
@Route("experience/compare")
@Menu(title = "menu.experience.compare", order = 71, icon = "vaadin:scale")
@InMenuSection(MenuSection.EXPERIENCE)
@PermitAll
public class CompareView extends VerticalLayout implements HasDynamicTitle {

    /** A platform with its scorecard for the chosen quarter. */
    record Row(PlatformDetails platform, Scorecard card) {}

    private final transient ScoreService scores;
    private final transient PlatformService platforms;
    private final Grid<Row> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final Select<Quarter> period;

    public CompareView(ScoreService scores, PlatformService platforms, ExportService exports, Clock clock) {
        this.scores = scores;
        this.platforms = platforms;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("menu.experience.compare"), "compare");
        toolbar.onSearch(text -> grid.getDataProvider().refreshAll());
        period = ScoreTexts.quarterSelect(this, "compare-period", Quarter.of(LocalDate.now(clock)));
        period.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        toolbar.addFilters(period);
        grid.setId("compare-grid");
        ListColumns<Row> columns = new ListColumns<>(grid);
        columns.add("experience.platform", r -> r.platform().name())
                .setSortProperty("name")
                .setAutoWidth(true)
                .setFlexGrow(2);
        columns.add("experience.tx", r -> ScoreTexts.score(this, r.card().total()))
                .setAutoWidth(true);
        for (Dimension d : Dimension.values()) {
            columns.add(
                            "experience.dimension." + d,
                            r -> ScoreTexts.score(this, r.card().dimension(d)))
                    .setAutoWidth(true);
        }
        columns.add(
                        "experience.coverage.column",
                        r -> ScoreTexts.coverage(this, r.card().total()))
                .setAutoWidth(true);
        columns.add(
                        "experience.top-driver.column",
                        r -> r.card().drivers().isEmpty()
                                ? ""
                                : r.card().drivers().getFirst().metric().label(this::getTranslation))
                .setFlexGrow(2);
        toolbar.addActions(new ExportMenu<>("scores", exports, columns, this::page));
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        "experience/scorecard",
                        QueryParameters.simple(Map.of(
                                "platform",
                                String.valueOf(e.getItem().platform().id()),
                                "period",
                                period.getValue().toString()))));
        LazyGrids.bind(grid, this::page, () -> platforms.count(filter()));
        toolbar.emptyState(grid, getTranslation("empty.compare"), null);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private List<Row> page(Pageable pageable) {
        List<PlatformDetails> page = platforms.page(filter(), pageable);
        Map<Long, Scorecard> cards =
                scores.scorecards(page.stream().map(PlatformDetails::id).toList(), period.getValue());
        return page.stream().map(p -> new Row(p, cards.get(p.id()))).toList();
    }

    private PlatformFilter filter() {
        return new PlatformFilter(toolbar.searchText(), null, null, null, false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experience.compare");
    }
}
