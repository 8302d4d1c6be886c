package io.pxportal.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ui.ExportMenu;
import io.pxportal.exchange.ui.ListColumns;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.chart.ChartView;
import io.pxportal.shared.chart.EmptyChart;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.ShellPreferences;
import io.pxportal.support.AvailabilityService;
import io.pxportal.support.MonthlyUptime;
import io.pxportal.support.OutageView;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Monthly uptime per platform against the policy's target, with the chart, and the outages behind it; admins and
 * product owners record an outage of a platform they may change, and correct it by opening it.
 */
class AvailabilityPanel extends VerticalLayout {

    private static final int MONTHS = 12;

    private final transient AvailabilityService availability;
    private final transient Supplier<List<PlatformDetails>> platforms;
    private final transient Clock clock;
    private final Grid<OutageView> outages = new Grid<>();

    /** {@code platforms}: every platform with whether the user may change it, read when an outage is opened. */
    AvailabilityPanel(
            AvailabilityService availability,
            ExportService exports,
            boolean dark,
            Supplier<List<PlatformDetails>> platforms,
            Clock clock) {
        this.availability = availability;
        this.platforms = platforms;
        this.clock = clock;
        setPadding(false);
        YearMonth to = YearMonth.now(clock);
        List<MonthlyUptime> uptime = availability.uptime(to.minusMonths(MONTHS - 1), to);
        Grid<MonthlyUptime> grid = new Grid<>();
        grid.setId("uptime-grid");
        grid.setHeight("22em");
        ListColumns<MonthlyUptime> columns = uptimeColumns(grid);
        EmptyState.on(grid, getTranslation("empty.uptime"));
        grid.setItems(uptime);
        ChartView chart = new ChartView(760, 280);
        chart.setId("uptime-chart");
        chart.show(() -> chart(uptime), dark, getTranslation("support.chart.uptime"));
        outages.setId("outages-grid");
        outages.setHeight("18em");
        ListColumns<OutageView> outageColumns = outageColumns();
        outages.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                outages.getColumns().get(1), com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        EmptyState.on(outages, getTranslation("empty.outages"));
        LazyGrids.bind(outages, p -> availability.page(null, p), () -> availability.count(null));
        outages.addItemClickListener(e -> open(e.getItem()));
        HorizontalLayout outageActions = new HorizontalLayout(
                new ExportMenu<>("outages", exports, outageColumns, p -> availability.page(null, p)));
        outageActions.setAlignItems(Alignment.CENTER);
        if (mayRecord()) {
            Button create = new Button(getTranslation("list.new"), VaadinIcon.PLUS.create(), e -> open(null));
            create.setId("outages-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            outageActions.addComponentAsFirst(create);
        }
        add(
                new ExportMenu<>("uptime", exports, columns, p -> p.getPageNumber() > 0 ? List.of() : uptime),
                grid,
                chart,
                new H3(getTranslation("support.outages")),
                outageActions,
                outages);
    }

    /** The outages: platform, start, end, whether planned, what happened. */
    private ListColumns<OutageView> outageColumns() {
        ListColumns<OutageView> outageColumns = new ListColumns<>(outages);
        outageColumns.add("support.ticket.platform", OutageView::platform).setAutoWidth(true);
        outageColumns
                .add(
                        "support.outage.started",
                        o -> Formats.dateTime(o.draft().startedAt(), ZoneOffset.UTC, getLocale()))
                .setSortProperty("startedAt")
                .setAutoWidth(true);
        outageColumns
                .add(
                        "support.outage.ended",
                        o -> o.draft().endedAt() == null
                                ? "–"
                                : Formats.dateTime(o.draft().endedAt(), ZoneOffset.UTC, getLocale()))
                .setAutoWidth(true);
        outageColumns.add(
                "support.outage.planned", o -> getTranslation(o.draft().planned() ? "common.yes" : "common.no"));
        outageColumns
                .add("support.outage.description", o -> o.draft().description())
                .setFlexGrow(1);
        return outageColumns;
    }

    /** Each platform's uptime per month against its target, and the minutes down. */
    private ListColumns<MonthlyUptime> uptimeColumns(Grid<MonthlyUptime> grid) {
        ListColumns<MonthlyUptime> columns = new ListColumns<>(grid);
        columns.add("support.ticket.platform", MonthlyUptime::platform).setAutoWidth(true);
        columns.add("support.month", m -> m.month().toString()).setAutoWidth(true);
        columns.add(
                        "support.uptime",
                        m -> Formats.percentSign(Formats.number(m.uptimePercent(), getLocale()), getLocale()))
                .setTextAlign(ColumnTextAlign.END);
        columns.add(
                        "support.uptime.target",
                        m -> m.target() == null
                                ? "–"
                                : Formats.percentSign(Formats.number(m.target(), getLocale()), getLocale()))
                .setTextAlign(ColumnTextAlign.END);
        columns.add("support.uptime.unplanned", MonthlyUptime::unplannedMinutes).setTextAlign(ColumnTextAlign.END);
        columns.add("support.uptime.planned", MonthlyUptime::plannedMinutes).setTextAlign(ColumnTextAlign.END);
        columns.add(
                "support.uptime.met",
                m -> m.met() == null ? "–" : getTranslation(m.met() ? "common.yes" : "common.no"));
        return columns;
    }

    /** The role rule of {@code AvailabilityService.record}; which platforms the user may change narrows the form. */
    private static boolean mayRecord() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    private void open(OutageView outage) {
        List<PlatformDetails> all = platforms.get();
        List<PlatformDetails> editable =
                all.stream().filter(PlatformDetails::editable).toList();
        if (outage == null && editable.isEmpty()) {
            // an outage belongs to a platform: on an empty portal (or for an owner of none) say what comes first
            Notifications.error(getTranslation("support.outage.no-platform"));
            return;
        }
        ZoneId zone = ShellPreferences.zone();
        OutageForm form = new OutageForm(
                editable, LocalDateTime.now(clock.withZone(zone)).withSecond(0).withNano(0), zone);
        String title = outage == null
                ? getTranslation("support.outage.new")
                : outage.platform() + " · " + Formats.dateTime(outage.draft().startedAt(), zone, getLocale());
        EditorDialog dialog = new EditorDialog(title, form);
        if (outage != null) {
            form.edit(
                    outage,
                    all.stream()
                            .filter(p -> p.id().equals(outage.draft().platformId()))
                            .findFirst()
                            .orElse(null));
            form.setReadOnly(!outage.editable());
            dialog.setEditable(outage.editable());
            dialog.addHistory(() -> availability.history(outage.id()));
            if (outage.editable()) {
                dialog.onDelete(title, () -> {
                    availability.delete(outage.id(), outage.draft().version());
                    Notifications.success(getTranslation("editor.deleted", title));
                    dialog.close();
                    outages.getDataProvider().refreshAll();
                });
            }
        }
        dialog.onSave(() -> form.validDraft().ifPresent(draft -> {
            if (outage == null) {
                availability.record(draft);
            } else {
                availability.update(outage.id(), draft);
            }
            Notifications.success(getTranslation("editor.saved", title));
            dialog.close();
            outages.getDataProvider().refreshAll();
        }));
        dialog.open();
    }

    private JFreeChart chart(List<MonthlyUptime> uptime) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyUptime m : uptime) {
            data.addValue(m.uptimePercent(), m.platform(), m.month().toString());
            if (m.target() != null) {
                data.addValue(
                        m.target(),
                        getTranslation("support.uptime.target"),
                        m.month().toString());
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                getTranslation("support.chart.uptime"), null, "%", data, PlotOrientation.VERTICAL, true, false, false);
        ((org.jfree.chart.axis.NumberAxis) chart.getCategoryPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return EmptyChart.saying(chart, getTranslation("empty.chart.uptime"));
    }
}
