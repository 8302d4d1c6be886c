package io.pxportal.governance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.governance.DecisionLink;
import io.pxportal.governance.DecisionOutcome;
import io.pxportal.governance.DecisionView;
import io.pxportal.governance.PeopleNames;
import io.pxportal.governance.SteeringDecisionService;
import io.pxportal.identity.UserDirectory;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Every decision the steering committee took, across reviews, newest first; searchable and exportable. */
@Route("decisions")
@Menu(title = "menu.decisions", order = 77, icon = "vaadin:gavel")
@InMenuSection(MenuSection.STEERING)
@PermitAll
public class DecisionLogView extends VerticalLayout implements HasDynamicTitle {

    private String text = "";

    public DecisionLogView(SteeringDecisionService steering, ExportService exports, UserDirectory users) {
        PeopleNames names = new PeopleNames(users);
        setSizeFull();
        ListToolbar toolbar = new ListToolbar(getTranslation("menu.decisions"), "decisions");
        Select<DecisionOutcome> outcome = new Select<>();
        outcome.setId("decisions-outcome");
        outcome.setLabel(getTranslation("steering-decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("steering-decision.any-outcome"));
        outcome.setItemLabelGenerator(o -> o == null
                ? getTranslation("steering-decision.any-outcome")
                : getTranslation("decision-outcome." + o.name()));
        toolbar.addFilters(outcome);

        Grid<DecisionView> grid = new Grid<>();
        grid.setId("decisions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ListColumns<DecisionView> columns = new ListColumns<>(grid);
        columns.add("steering-decision.decided-on", d -> Formats.date(d.decidedOn(), getLocale()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.add(
                        "steering-decision.outcome",
                        d -> getTranslation("decision-outcome." + d.outcome().name()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        columns.add("steering-decision.title", DecisionView::title).setFlexGrow(2);
        columns.add("steering-decision.rationale", DecisionView::rationale).setFlexGrow(3);
        columns.add(
                        "steering-decision.links",
                        d -> d.links().stream().map(DecisionLink::label).collect(Collectors.joining("; ")))
                .setFlexGrow(2);
        columns.add("steering-decision.review", DecisionView::reviewTitle).setFlexGrow(1);
        columns.add("steering-decision.decided-by", d -> names.of(d.decidedBy()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        LazyGrids.bind(
                grid,
                p -> steering.decisionLog(text, outcome.getValue(), p),
                () -> steering.countDecisionLog(text, outcome.getValue()));
        toolbar.onSearch(value -> {
            text = value;
            grid.getDataProvider().refreshAll();
        });
        outcome.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                ReviewPage.class,
                new RouteParameters("id", String.valueOf(e.getItem().reviewId())))));
        toolbar.addActions(PortalGrids.fitWithChooser(grid));
        toolbar.addActions(new ExportMenu<>(
                "steering-decisions", exports, columns, p -> steering.decisionLog(text, outcome.getValue(), p)));
        toolbar.emptyState(grid, getTranslation("empty.decisions"), null);
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.decisions");
    }
}
