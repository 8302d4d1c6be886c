package io.pxportal.contracts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import io.pxportal.contracts.CalendarLinkService;
import io.pxportal.contracts.RenewalCalendar;
import io.pxportal.contracts.RenewalCalendarFilter;
import io.pxportal.identity.UserDirectory;
import io.pxportal.identity.UserRef;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.portfolio.ui.PlatformFilterBox;
import io.pxportal.portfolio.ui.PortfolioPicks;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.MenuSection;
import jakarta.annotation.security.PermitAll;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The renewal calendar: notice deadlines, renewals and contract ends of the next 18 months, month by month,
 * filtered by vendor, platform and contract owner; and the link to subscribe to them in a calendar app.
 */
@Route("contracts/calendar")
@Menu(title = "menu.renewal-calendar", order = 31, icon = "vaadin:calendar")
@InMenuSection(MenuSection.CONTRACTS)
@PermitAll
@StyleSheet("styles/renewal-calendar.css")
public class RenewalCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient RenewalCalendar calendar;
    private final ComboBox<VendorRef> vendorFilter = new ComboBox<>();
    private final ComboBox<PlatformRef> platformFilter;
    private final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    private final RenewalAgenda agenda;

    public RenewalCalendarView(
            RenewalCalendar calendar,
            CalendarLinkService links,
            ContractEditor editor,
            VendorService vendors,
            PlatformService platforms,
            UserDirectory users) {
        this.calendar = calendar;
        agenda = new RenewalAgenda(date -> editor.open(date.contractId(), this::refresh));
        H2 title = new H2(getTranslation("menu.renewal-calendar"));
        title.addClassName("px-page-title");
        Paragraph intro = new Paragraph(getTranslation("calendar.intro", RenewalCalendar.MONTHS_AHEAD));
        intro.addClassName("px-muted");

        vendorFilter.setId("calendar-vendor");
        vendorFilter.setPlaceholder(getTranslation("contract.vendor"));
        PortfolioPicks.vendors(vendorFilter, vendors);
        platformFilter = PlatformFilterBox.create(
                platforms, "calendar-platform", getTranslation("contract.platforms"), this::refresh);
        ownerFilter.setId("calendar-owner");
        ownerFilter.setPlaceholder(getTranslation("contract.owner"));
        ownerFilter.setItemLabelGenerator(UserRef::displayName);
        ownerFilter.setItems(users.productOwners());
        for (ComboBox<?> filter : new ComboBox<?>[] {vendorFilter, ownerFilter}) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(vendorFilter, platformFilter, ownerFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        add(title, intro, new SubscribePanel(links, feedBase()), filters, agenda);
        refresh();
    }

    private RenewalCalendarFilter filter() {
        return new RenewalCalendarFilter(
                vendorFilter.getValue() == null ? null : vendorFilter.getValue().id(),
                platformFilter.getValue() == null
                        ? null
                        : platformFilter.getValue().id(),
                ownerFilter.getValue() == null ? null : ownerFilter.getValue().username());
    }

    private void refresh() {
        agenda.show(calendar.upcoming(filter()));
    }

    /** The feed's address as the browser reached the portal (behind a proxy: as forwarded, see deployment.md). */
    private static String feedBase() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/calendar/";
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .path("/calendar/")
                .toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.renewal-calendar");
    }
}
