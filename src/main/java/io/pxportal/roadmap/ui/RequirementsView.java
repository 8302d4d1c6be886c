package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PlatformFilterBox;
import io.pxportal.roadmap.ObjectiveRef;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RequirementService;
import io.pxportal.roadmap.RequirementView;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** What each platform needs from its vendor and by when; a platform's owners and admins change them. */
@Route("roadmap/requirements")
@Menu(title = "roadmap.menu.requirements", order = 64, icon = "vaadin:clipboard-check")
@InMenuSection(MenuSection.ROADMAP)
@PermitAll
public class RequirementsView extends VerticalLayout implements HasDynamicTitle {

    private final transient RequirementService requirements;
    private final transient PlatformService platforms;
    private final transient ObjectiveService objectives;
    private final transient Clock clock;
    private final Grid<RequirementView> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<PlatformRef> platformFilter;

    public RequirementsView(
            RequirementService requirements,
            PlatformService platforms,
            ObjectiveService objectives,
            ExportService exports,
            Clock clock) {
        this.requirements = requirements;
        this.clock = clock;
        this.platforms = platforms;
        this.objectives = objectives;
        setSizeFull();
        toolbar = new ListToolbar(getTranslation("roadmap.menu.requirements"), "roadmap-requirements");
        toolbar.onSearch(text -> refresh());
        platformFilter = PlatformFilterBox.create(
                platforms, null, getTranslation("roadmap.requirement.platform"), this::refresh);
        toolbar.addFilters(platformFilter);
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            toolbar.enableCreate(
                    () -> edit(null), () -> platforms.count(PlatformFilter.all()) > 0, "create.needs.platform");
        }
        grid.setId("roadmap-requirements-grid");
        ListColumns<RequirementView> columns = new ListColumns<>(grid);
        columns.add(
                        "roadmap.requirement.platform",
                        r -> r.platform() == null ? "" : r.platform().name())
                .setSortProperty("platformId")
                .setAutoWidth(true);
        columns.add("roadmap.requirement.title", r -> r.draft().title())
                .setSortProperty("title")
                .setFlexGrow(2);
        columns.add("roadmap.requirement.needed-by", r -> r.draft().neededBy().toString())
                .setSortProperty("neededBy")
                .setAutoWidth(true);
        columns.add(
                        "roadmap.requirement.objectives",
                        r -> r.objectives().stream().map(ObjectiveRef::code).collect(Collectors.joining(", ")))
                .setAutoWidth(true);
        toolbar.addActions(new ExportMenu<>(
                "roadmap-requirements",
                exports,
                columns,
                p -> requirements.page(toolbar.searchText(), platformId(), p)));
        grid.addItemClickListener(e -> edit(e.getItem()));
        LazyGrids.bind(
                grid,
                p -> requirements.page(toolbar.searchText(), platformId(), p),
                () -> requirements.count(toolbar.searchText(), platformId()));
        toolbar.emptyStateWithImport(
                grid,
                getTranslation("empty.requirements"),
                getTranslation("list.empty.import", getTranslation("roadmap.requirements")));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void edit(RequirementView requirement) {
        List<ObjectiveRef> refs = objectives.list().stream()
                .map(o -> new ObjectiveRef(o.id(), o.code(), o.name()))
                .toList();
        RequirementForm form = new RequirementForm(platforms, refs, Quarter.of(LocalDate.now(clock)));
        boolean editable = requirement == null || requirement.editable();
        EditorDialog dialog = new EditorDialog(
                requirement == null
                        ? getTranslation("roadmap.requirement.new")
                        : requirement.draft().title(),
                form);
        if (requirement != null) {
            form.edit(requirement);
            dialog.addHistory(() -> requirements.history(requirement.id()));
            if (editable) {
                dialog.onDelete(requirement.draft().title(), () -> {
                    requirements.delete(requirement.id(), requirement.draft().version());
                    Notifications.success(
                            getTranslation("editor.deleted", requirement.draft().title()));
                    dialog.close();
                    refresh();
                });
            }
        }
        form.setReadOnly(!editable);
        dialog.setEditable(editable);
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (requirement == null) {
                requirements.create(draft);
            } else {
                requirements.update(requirement.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", draft.title()));
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private Long platformId() {
        return platformFilter.getValue() == null
                ? null
                : platformFilter.getValue().id();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.menu.requirements");
    }
}
