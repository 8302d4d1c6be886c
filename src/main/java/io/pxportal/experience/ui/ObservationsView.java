package io.pxportal.experience.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.experience.ObservationDraft;
import io.pxportal.experience.ObservationEntry;
import io.pxportal.experience.ObservationFilter;
import io.pxportal.experience.ObservationService;
import io.pxportal.experience.ObservationView;
import io.pxportal.experience.Quarter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fast entry of a platform's quarter: one row per metric that takes observations, a number field in each, one
 * Save for all. The platform's owners and admins edit; others read. Files go through the import wizard
 * (type "experience-observations"); the export gives the quarter's values.
 */
@Route("experience/observations")
@Menu(title = "menu.experience.observations", order = 72, icon = "vaadin:edit")
@InMenuSection(MenuSection.EXPERIENCE)
@PermitAll
public class ObservationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ObservationService observations;
    private final transient PlatformService platforms;
    private final ComboBox<PlatformRef> platform = new ComboBox<>();
    private final Select<Quarter> period;
    private final Grid<ObservationEntry> grid = new Grid<>();
    private final Button save = new Button();
    private final Map<String, BigDecimalField> values = new HashMap<>();
    private final Map<String, TextField> notes = new HashMap<>();
    private boolean editable;
    private final EmptyState nothingRecorded = new EmptyState(VaadinIcon.EDIT, "", null);

    public ObservationsView(
            ObservationService observations, PlatformService platforms, ExportService exports, Clock clock) {
        this.observations = observations;
        this.platforms = platforms;
        setSizeFull();
        H2 title = new H2(getTranslation("menu.experience.observations"));
        title.addClassName("px-page-title");
        platform.setId("observations-platform");
        platform.setLabel(getTranslation("experience.platform"));
        platform.setItemLabelGenerator(PlatformRef::name);
        platform.setItems(
                q -> platforms.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        period = ScoreTexts.quarterSelect(this, "observations-period", Quarter.of(LocalDate.now(clock)));
        platform.addValueChangeListener(e -> load());
        period.addValueChangeListener(e -> load());
        save.setText(getTranslation("editor.save"));
        save.setId("observations-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        // offered to those who may enter observations; enabled once a platform they may change is chosen
        save.setVisible(CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER));
        save.setEnabled(false);
        ExportMenu<ObservationView> export = exportMenu(observations, exports);
        HorizontalLayout bar = new HorizontalLayout(platform, period, save, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("observations-grid");
        EmptyState.on(grid, getTranslation("empty.observations.choose"));
        gridColumns();
        nothingRecorded.setId("observations-none-recorded");
        nothingRecorded.setVisible(false);
        add(title, bar, nothingRecorded, grid);
        setFlexGrow(1, grid);
    }

    /** One row per metric of the catalogue: dimension, metric, the value and note to enter, the unit. */
    private void gridColumns() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        PortalGrids.text(
                        grid,
                        e -> getTranslation("experience.dimension." + e.metric().dimension()))
                .setHeader(getTranslation("experience.dimension"))
                .setAutoWidth(true);
        PortalGrids.text(grid, e -> e.metric().label(this::getTranslation))
                .setHeader(getTranslation("experience.metric"))
                .setFlexGrow(2);
        grid.addComponentColumn(e -> values.get(e.metric().code()))
                .setHeader(getTranslation("experience.value"))
                .setWidth("10em");
        PortalGrids.text(grid, e -> e.metric().unitLabel(this::getTranslation))
                .setHeader(getTranslation("experience.unit"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> notes.get(e.metric().code()))
                .setHeader(getTranslation("experience.note"))
                .setFlexGrow(1);
    }

    /** The observations of the platform and quarter chosen, as a file. */
    private ExportMenu<ObservationView> exportMenu(ObservationService observations, ExportService exports) {
        ListColumns<ObservationView> exportColumns = new ListColumns<>(new Grid<>());
        exportColumns.add(
                "experience.platform",
                o -> o.platform() == null ? "" : o.platform().name());
        exportColumns.add("experience.metric", ObservationView::metricCode);
        exportColumns.add("experience.period", o -> o.period().toString());
        exportColumns.add(
                "experience.value", o -> o.value().stripTrailingZeros().toPlainString());
        exportColumns.add("experience.note", ObservationView::note);
        ExportMenu<ObservationView> export = new ExportMenu<>(
                "observations",
                exports,
                exportColumns,
                p -> observations.page(
                        new ObservationFilter(
                                platform.getValue() == null
                                        ? null
                                        : platform.getValue().id(),
                                period.getValue(),
                                null),
                        p));
        return export;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("period").ifPresent(p -> {
            try {
                period.setValue(Quarter.parse(p));
            } catch (DomainException e) {
                // keep the current quarter
            }
        });
        LinkedRecord.id(event, "platform")
                .map(id -> platforms.refsByIds(Set.of(id)).get(id))
                .ifPresent(platform::setValue);
    }

    private void load() {
        values.clear();
        notes.clear();
        nothingRecorded.setVisible(false);
        if (platform.getValue() == null || period.getValue() == null) {
            EmptyState.on(grid, getTranslation("empty.observations.choose"));
            grid.setItems(List.of());
            save.setEnabled(false);
            return;
        }
        editable = platforms.get(platform.getValue().id()).editable();
        List<ObservationEntry> entries =
                observations.entries(platform.getValue().id(), period.getValue());
        for (ObservationEntry e : entries) {
            BigDecimalField value = new BigDecimalField();
            value.setId("value-" + e.metric().code());
            value.setValue(e.value() == null ? null : e.value().stripTrailingZeros());
            value.setReadOnly(!editable);
            value.setWidthFull();
            value.setAriaLabel(e.metric().label(this::getTranslation));
            values.put(e.metric().code(), value);
            TextField note = new TextField();
            note.setValue(Objects.requireNonNullElse(e.note(), ""));
            note.setReadOnly(!editable);
            note.setWidthFull();
            note.setMaxLength(500);
            notes.put(e.metric().code(), note);
        }
        boolean curator = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.STEERING);
        EmptyState.on(
                grid,
                getTranslation("empty.observations"),
                curator
                        ? EmptyState.link(
                                "experience/catalogue", getTranslation("menu.experience.catalogue"), VaadinIcon.LIST_OL)
                        : null);
        // A new quarter lists every metric with no value: say so above the fields rather than show blank rows only
        if (!entries.isEmpty() && entries.stream().allMatch(e -> e.value() == null)) {
            String quarter = period.getValue().toString();
            nothingRecorded.show(
                    VaadinIcon.EDIT,
                    getTranslation(
                            "empty.observations.quarter",
                            quarter,
                            platform.getValue().name()),
                    getTranslation(editable ? "empty.observations.quarter.enter" : "empty.observations.quarter.owners"),
                    editable ? EmptyState.importAction() : null);
            nothingRecorded.setVisible(true);
        }
        grid.setItems(entries);
        save.setEnabled(editable);
        save.setVisible(editable);
    }

    private void save() {
        List<ObservationDraft> drafts = new ArrayList<>();
        List<ObservationEntry> entries = grid.getListDataView().getItems().toList();
        for (ObservationEntry e : entries) {
            var value = values.get(e.metric().code()).getValue();
            String note = notes.get(e.metric().code()).getValue();
            boolean changed = e.value() == null
                    ? value != null
                    : value == null
                            || e.value().compareTo(value) != 0
                            || !Objects.equals(Objects.requireNonNullElse(e.note(), ""), note);
            if (changed && value != null) {
                drafts.add(new ObservationDraft(
                        platform.getValue().id(), e.metric().code(), period.getValue(), value, note, e.version()));
            }
        }
        try {
            int saved = observations.saveAll(platform.getValue().id(), period.getValue(), drafts);
            Notifications.success(getTranslation("experience.observations.saved", saved));
            load();
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experience.observations");
    }
}
