package io.pxportal.experience.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.experience.Catalogue;
import io.pxportal.experience.CatalogueDraft;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.MetricDefinition;
import io.pxportal.experience.Pillar;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The metric catalogue in force and its versions. Admins and steering members edit a metric or add one; every
 * save publishes a new version, so past quarters keep the version they were scored with.
 */
@Route("experience/catalogue")
@Menu(title = "menu.experience.catalogue", order = 74, icon = "vaadin:list-ol")
@InMenuSection(MenuSection.EXPERIENCE)
@PermitAll
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogueService catalogues;
    private final Grid<MetricDefinition> metrics = new Grid<>();
    private final Grid<Catalogue> versions = new Grid<>();
    private final Paragraph weights = new Paragraph();
    private final boolean editor = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.STEERING);

    public CatalogueView(CatalogueService catalogues) {
        this.catalogues = catalogues;
        ListToolbar toolbar = new ListToolbar(getTranslation("menu.experience.catalogue"), "catalogue");
        toolbar.hideSearch();
        if (editor) {
            toolbar.enableCreate(() -> edit(null));
        }
        metrics.setId("catalogue-grid");
        metrics.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        metrics.setAllRowsVisible(true);
        PortalGrids.text(
                        metrics,
                        m -> getTranslation("experience.dimension." + m.dimension())
                                + (m.pillar() == null ? "" : " · " + getTranslation("experience.pillar." + m.pillar())))
                .setHeader(getTranslation("experience.dimension"))
                .setAutoWidth(true);
        PortalGrids.text(metrics, MetricDefinition::name)
                .setHeader(getTranslation("experience.metric"))
                .setFlexGrow(2);
        PortalGrids.text(metrics, MetricDefinition::unit)
                .setHeader(getTranslation("experience.unit"))
                .setAutoWidth(true);
        PortalGrids.text(metrics, m -> Formats.number(m.floor(), getLocale()))
                .setHeader(getTranslation("experience.floor"))
                .setAutoWidth(true);
        PortalGrids.text(metrics, m -> Formats.number(m.target(), getLocale()))
                .setHeader(getTranslation("experience.target"))
                .setAutoWidth(true);
        PortalGrids.text(metrics, m -> Formats.number(m.weight(), getLocale()))
                .setHeader(getTranslation("experience.weight"))
                .setAutoWidth(true);
        PortalGrids.text(metrics, m -> getTranslation("experience.source." + m.source()))
                .setHeader(getTranslation("experience.source"))
                .setAutoWidth(true);
        metrics.addItemClickListener(e -> edit(e.getItem()));
        versions.setId("catalogue-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);
        PortalGrids.text(versions, Catalogue::number)
                .setHeader(getTranslation("experience.version"))
                .setAutoWidth(true);
        PortalGrids.text(versions, c -> Formats.dateTime(c.publishedAt(), ShellPreferences.zone(), getLocale()))
                .setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        PortalGrids.text(versions, Catalogue::publishedBy)
                .setHeader(getTranslation("history.who"))
                .setAutoWidth(true);
        PortalGrids.text(versions, Catalogue::note)
                .setHeader(getTranslation("experience.version-note"))
                .setFlexGrow(2);
        weights.setId("catalogue-weights");
        add(toolbar, weights, metrics, new H3(getTranslation("experience.versions")), versions);
        refresh();
    }

    private void refresh() {
        Catalogue current = catalogues.current();
        weights.setText(getTranslation(
                "experience.weights",
                current.number(),
                Arrays.stream(Dimension.values())
                        .map(d -> getTranslation("experience.dimension." + d) + " "
                                + Formats.number(current.weight(d), getLocale()))
                        .collect(Collectors.joining(", ")),
                Arrays.stream(Pillar.values())
                        .map(p -> getTranslation("experience.pillar." + p) + " "
                                + Formats.number(current.weight(p), getLocale()))
                        .collect(Collectors.joining(", "))));
        EmptyState.on(metrics, getTranslation("empty.catalogue.metrics"));
        metrics.setItems(current.metrics());
        EmptyState.on(versions, getTranslation("empty.catalogue.versions"));
        versions.setItems(catalogues.versions());
    }

    private void edit(MetricDefinition metric) {
        Catalogue basedOn = catalogues.current();
        MetricForm form = new MetricForm(metric);
        form.setEditable(editor);
        EditorDialog dialog = new EditorDialog(
                metric == null ? getTranslation("experience.metric.new") : metric.label(this::getTranslation), form);
        dialog.setEditable(editor);
        dialog.onSave(() -> {
            catalogues.publish(CatalogueDraft.from(basedOn, form.note()).withMetric(form.metric()));
            Notifications.success(getTranslation("experience.published"));
            dialog.close();
            refresh();
        });
        if (metric != null && editor) {
            dialog.onDelete(metric.label(this::getTranslation), () -> {
                catalogues.publish(CatalogueDraft.from(basedOn, form.note()).withoutMetric(metric.code()));
                dialog.close();
                refresh();
            });
        }
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experience.catalogue");
    }
}
