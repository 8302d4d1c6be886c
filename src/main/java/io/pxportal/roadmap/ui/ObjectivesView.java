package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.WeightSetView;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The strategic objectives with their weight this quarter, and every weight set ever agreed (newest first). STEERING
 * and admins add and change objectives and agree new weights; everyone else reads.
 */
@Route("roadmap/objectives")
@Menu(title = "roadmap.menu.objectives", order = 63, icon = "vaadin:bullseye")
@InMenuSection(MenuSection.ROADMAP)
@PermitAll
public class ObjectivesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ObjectiveService objectives;
    private final transient Clock clock;
    private final Grid<ObjectiveView> grid = new Grid<>();
    private final Grid<WeightSetView> sets = new Grid<>();
    private final boolean mayEdit = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.STEERING);

    public ObjectivesView(ObjectiveService objectives, ExportService exports, Clock clock) {
        this.objectives = objectives;
        this.clock = clock;
        setSizeFull();
        Quarter now = Quarter.of(LocalDate.now(clock));
        ListToolbar toolbar = new ListToolbar(getTranslation("roadmap.menu.objectives"), "roadmap-objectives");
        toolbar.hideSearch();
        grid.setId("roadmap-objectives-grid");
        grid.setAllRowsVisible(true);
        ListColumns<ObjectiveView> columns = new ListColumns<>(grid);
        columns.add("roadmap.objective.code", ObjectiveView::code).setAutoWidth(true);
        columns.add("roadmap.objective.name", ObjectiveView::name).setFlexGrow(1);
        columns.add("roadmap.objective.valid-from", o -> Formats.date(o.draft().validFrom(), getLocale()))
                .setAutoWidth(true);
        columns.add("roadmap.objective.valid-to", o -> Formats.date(o.draft().validTo(), getLocale()))
                .setAutoWidth(true);
        columns.add("roadmap.objective.weight", o -> o.weight() == null ? "–" : o.weight())
                .setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        toolbar.addActions(new ExportMenu<>(
                "roadmap-objectives", exports, columns, p -> InMemoryPages.page(objectives.list(), p)));
        if (mayEdit) {
            toolbar.enableCreate(() -> edit(null));
            Button weights = new Button(
                    getTranslation("roadmap.weights.change"),
                    VaadinIcon.SCALE.create(),
                    e -> new WeightsDialog(objectives, now, this::refresh).open());
            weights.setId("roadmap-weights-change");
            toolbar.addActions(weights);
        }
        sets.setId("roadmap-weight-sets");
        sets.addThemeVariants(GridVariant.LUMO_COMPACT);
        sets.setAllRowsVisible(true);
        ListColumns<WeightSetView> setColumns = new ListColumns<>(sets);
        setColumns
                .add("roadmap.weights.from", s -> RoadmapLabels.quarter(s.effectiveQuarter()))
                .setAutoWidth(true);
        setColumns.add("roadmap.weights.set", this::describe).setFlexGrow(1);
        setColumns.add("history.who", WeightSetView::createdBy).setAutoWidth(true);
        setColumns
                .add("history.when", s -> Formats.dateTime(s.createdAt(), ShellPreferences.zone(), getLocale()))
                .setAutoWidth(true);
        setColumns.add("roadmap.weights.note", WeightSetView::note).setAutoWidth(true);
        HorizontalLayout setsHead = new HorizontalLayout(
                new H3(getTranslation("roadmap.weights.history")),
                new ExportMenu<>(
                        "roadmap-weight-sets",
                        exports,
                        setColumns,
                        p -> InMemoryPages.page(objectives.weightSets(), p)));
        setsHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.objectives"),
                getTranslation("list.empty.import", getTranslation("roadmap.objectives")));
        add(toolbar, grid, setsHead, sets);
        refresh();
    }

    private String describe(WeightSetView set) {
        Map<Long, String> codes =
                objectives.list().stream().collect(Collectors.toMap(ObjectiveView::id, ObjectiveView::code));
        return set.weights().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> codes.getOrDefault(e.getKey(), "#" + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private void edit(ObjectiveView objective) {
        ObjectiveForm form = new ObjectiveForm(LocalDate.now(clock));
        EditorDialog dialog = new EditorDialog(
                objective == null
                        ? getTranslation("roadmap.objective.new")
                        : objective.code() + " · " + objective.name(),
                form);
        if (objective != null) {
            form.edit(objective);
            dialog.addHistory(() -> objectives.history(objective.id()));
            if (mayEdit) {
                dialog.onDelete(objective.code(), () -> {
                    objectives.delete(objective.id(), objective.draft().version());
                    Notifications.success(getTranslation("editor.deleted", objective.code()));
                    dialog.close();
                    refresh();
                });
            }
        }
        form.setReadOnly(!mayEdit);
        dialog.setEditable(mayEdit);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (objective == null) {
                objectives.create(draft);
            } else {
                objectives.update(objective.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.code()));
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(objectives.list());
        EmptyState.on(sets, getTranslation("empty.weight-sets"));
        sets.setItems(objectives.weightSets());
    }

    /** {@code ?objective=ID} (from the global search) opens that objective. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkedRecord.id(event, "objective").ifPresent(id -> {
            try {
                edit(objectives.get(id));
            } catch (NotFoundException stale) {
                // a stale link: the list is still useful
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.menu.objectives");
    }
}
