package io.pxportal.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.pxportal.governance.AlertService;
import io.pxportal.governance.AlertView;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.ui.PlatformFilterBox;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyGrids;
import io.pxportal.shared.ui.ListToolbar;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import jakarta.annotation.security.PermitAll;

/**
 * The user's alert inbox, most urgent first; each alert is acknowledged once and opens its record. A platform card's
 * alert line links here narrowed to its platform ({@code alerts?platform=3}); the filter shows it and clears.
 */
@Route("alerts")
@Menu(title = "menu.alerts", order = 5, icon = "vaadin:bell")
@InMenuSection(MenuSection.STEERING)
@PermitAll
public class AlertsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient AlertService alerts;
    private final transient PlatformService platforms;
    private final Grid<AlertView> grid = new Grid<>();
    private final Checkbox showAcknowledged = new Checkbox();
    private final ComboBox<PlatformRef> platformFilter;

    public AlertsView(AlertService alerts, PlatformService platforms) {
        this.alerts = alerts;
        this.platforms = platforms;
        setSizeFull();
        ListToolbar toolbar = new ListToolbar(getTranslation("menu.alerts"), "alerts");
        toolbar.hideSearch();
        showAcknowledged.setLabel(getTranslation("alert.show-acknowledged"));
        showAcknowledged.setId("alerts-show-acknowledged");
        showAcknowledged.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        platformFilter = PlatformFilterBox.create(
                platforms,
                "alerts-platform",
                getTranslation("alert.platform"),
                () -> grid.getDataProvider().refreshAll());
        toolbar.addFilters(platformFilter, showAcknowledged);
        if (CurrentUser.hasRole(Role.ADMIN)) {
            Button scan = new Button(getTranslation("alert.scan-now"), e -> {
                Notifications.success(getTranslation("alert.scanned", alerts.scanNow()));
                grid.getDataProvider().refreshAll();
            });
            scan.setId("alerts-scan");
            toolbar.addActions(scan);
        }
        grid.setId("alerts-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::severity)
                .setHeader(getTranslation("alert.severity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PortalGrids.text(grid, a -> getTranslation("alert.kind." + a.kind()))
                .setHeader(getTranslation("alert.kind"))
                .setWidth("14em")
                .setFlexGrow(1);
        PortalGrids.text(grid, AlertView::subjectLabel)
                .setHeader(getTranslation("alert.subject"))
                .setWidth("18em")
                .setFlexGrow(2);
        PortalGrids.text(grid, a -> Formats.date(a.dueDate(), getLocale()))
                .setHeader(getTranslation("alert.due"))
                .setAutoWidth(true);
        PortalGrids.text(
                        grid,
                        a -> a.daysLeft() >= 0
                                ? getTranslation("contract.days-left", a.daysLeft())
                                : getTranslation("contract.days-passed", -a.daysLeft()))
                .setHeader(getTranslation("alert.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        LazyGrids.bind(
                grid,
                p -> alerts.inbox(showAcknowledged.getValue(), platformId(), p),
                () -> alerts.count(showAcknowledged.getValue(), platformId()));
        toolbar.emptyState(grid, getTranslation("empty.alerts.none"), null);
        // Alerts go to those who own what they are about: a reader who owns nothing (steering, finance, audit)
        // is told so and where to look across the portfolio, not left to wonder whether the scan ran
        boolean owner = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
        toolbar.explainEmpty(
                getTranslation(owner ? "empty.alerts.owner" : "empty.alerts.reader"),
                EmptyState.link("contracts/calendar", getTranslation("menu.renewal-calendar"), VaadinIcon.CALENDAR),
                EmptyState.link("my-actions", getTranslation("menu.my-actions"), VaadinIcon.TASKS));
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Long platformId() {
        return platformFilter.getValue() == null
                ? null
                : platformFilter.getValue().id();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PlatformFilterBox.select(
                platformFilter,
                platforms,
                event.getLocation().getQueryParameters().getSingleParameter("platform"));
    }

    private Span severity(AlertView alert) {
        Span badge =
                new Span(getTranslation("alert.severity." + alert.severity().name()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("px-severity-" + alert.severity().name().toLowerCase());
        return badge;
    }

    private com.vaadin.flow.component.Component actions(AlertView alert) {
        Button open = new Button(
                getTranslation("alert.open"),
                e -> alerts.link(alert)
                        .ifPresent(link -> getUI().ifPresent(
                                        ui -> ui.navigate(link.route(), QueryParameters.simple(link.query())))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (alert.acknowledged()) {
            return open;
        }
        Button acknowledge = new Button(getTranslation("alert.acknowledge"), e -> {
            alerts.acknowledge(alert.id());
            grid.getDataProvider().refreshAll();
        });
        acknowledge.setId("alert-acknowledge-" + alert.id());
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(open, acknowledge);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.alerts");
    }
}
