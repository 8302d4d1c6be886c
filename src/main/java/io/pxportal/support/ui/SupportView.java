package io.pxportal.support.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.pxportal.exchange.ExportService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.LazyTabs;
import io.pxportal.shared.ui.LinkedRecord;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.ShellPreferences;
import io.pxportal.support.AvailabilityService;
import io.pxportal.support.BusinessCalendarService;
import io.pxportal.support.ComplianceService;
import io.pxportal.support.CreditService;
import io.pxportal.support.ScorecardService;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.TicketFilter;
import io.pxportal.support.TicketService;
import jakarta.annotation.security.PermitAll;

/**
 * Vendor support: tickets with their SLA clocks, compliance and backlog, availability, service credits, the
 * vendor scorecard, the SLA policies and the business calendars they run on. Every figure opens the tickets behind it on the tickets tab.
 */
@Route("support")
@Menu(title = "menu.support", order = 45, icon = "vaadin:lifebuoy")
@InMenuSection(MenuSection.SUPPORT)
@PermitAll
public class SupportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int CREDITS_TAB = 3;

    private final TabSheet tabs = new TabSheet();
    private final TicketsPanel tickets;
    private final transient TicketService ticketService;
    private final transient java.time.Clock clock;

    public SupportView(
            TicketService ticketService,
            ComplianceService compliance,
            AvailabilityService availability,
            CreditService credits,
            ScorecardService scorecard,
            SlaPolicyService policies,
            BusinessCalendarService calendars,
            PlatformService platforms,
            ExportService exports,
            ShellPreferences preferences,
            java.time.Clock clock) {
        setSizeFull();
        this.ticketService = ticketService;
        this.clock = clock;
        boolean dark = preferences.isDark();
        // a portfolio has tens of platforms: the forms offer them all in one list
        java.util.function.Supplier<java.util.List<PlatformDetails>> allPlatforms = () -> platforms.page(
                PlatformFilter.all(),
                org.springframework.data.domain.PageRequest.of(
                        0, 1000, org.springframework.data.domain.Sort.by("name")));
        tickets = new TicketsPanel(
                ticketService,
                exports,
                () -> allPlatforms.get().stream()
                        .filter(PlatformDetails::editable)
                        .toList(),
                clock);
        tabs.setId("support-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("support.tickets"), tickets);
        // The other tabs are built when first opened: their figures (compliance, uptime per platform and quarter,
        // the scorecard) cost far more than the tickets' first page, and most visits never open them.
        LazyTabs.add(
                tabs,
                getTranslation("support.compliance"),
                () -> new CompliancePanel(compliance, exports, dark, this::drill, clock));
        LazyTabs.add(
                tabs,
                getTranslation("support.availability"),
                () -> new AvailabilityPanel(availability, exports, dark, allPlatforms, clock));
        LazyTabs.add(tabs, getTranslation("support.credits"), () -> new CreditsPanel(credits, exports, clock));
        LazyTabs.add(tabs, getTranslation("support.scorecard"), () -> new ScorecardPanel(scorecard, exports, dark));
        LazyTabs.add(tabs, getTranslation("support.policies"), () -> new PoliciesPanel(policies, calendars, exports));
        LazyTabs.add(tabs, getTranslation("support.calendars"), () -> new CalendarsPanel(calendars, exports, clock));
        add(tabs);
    }

    /** Opens the tickets behind a figure. */
    private void drill(TicketFilter filter) {
        tickets.show(filter);
        tabs.setSelectedIndex(0);
    }

    /**
     * Links from the alert inbox: {@code support?ticket=42} opens the ticket, {@code support?credits=…} the credits;
     * links from PX evidence, cards and the steering agenda ({@code support?platform=3&from=2026-07&to=2026-09})
     * narrow the tickets as a figure's drill-down does.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        TicketFilter narrowed = TicketFilter.fromQuery(parameters);
        if (narrowed != null) {
            drill(narrowed);
        }
        if (parameters.containsKey("credits")) {
            tabs.setSelectedIndex(CREDITS_TAB);
        }
        LinkedRecord.id(event, "ticket").ifPresent(id -> {
            try {
                new TicketDialog(ticketService, ticketService.get(id), () -> {}, clock).open();
            } catch (io.pxportal.shared.domain.NotFoundException e) {
                // a stale link: the list is still useful
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.support");
    }
}
