package io.pxportal.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.PortalViewTest;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.support.TicketFilter;
import io.pxportal.support.TicketService;
import io.pxportal.support.TicketView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** A link from a PX driver's evidence, a card or the agenda opens the vendor support view on the tickets behind it. */
@WithMockUser(username = "steering", roles = "STEERING")
class SupportViewLinkTest extends PortalViewTest {

    @Autowired
    TicketService tickets;

    @Autowired
    PlatformService platforms;

    @Autowired
    Clock clock;

    @Test
    void a_filter_link_narrows_the_ticket_list_to_the_platforms_breached_tickets_of_those_months() {
        Long inspire = platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                .filter(p -> p.name().equals("Inspire Correspondence"))
                .findFirst()
                .orElseThrow()
                .id();
        YearMonth now = YearMonth.now(clock);
        TicketFilter filter =
                new TicketFilter(null, Set.of(inspire), null, now.minusMonths(6), now.minusMonths(1), false, true);
        long expected = tickets.count(filter);
        assertThat(expected).isPositive();

        com.vaadin.flow.component.UI.getCurrent().navigate(SupportView.class, QueryParameters.simple(filter.query()));

        @SuppressWarnings("unchecked")
        Grid<TicketView> grid = find(Grid.class).id("tickets-grid");
        assertThat(test(grid).size()).isEqualTo((int) expected);
        assertThat(test(grid).getRow(0).platformId()).isEqualTo(inspire);
        assertThat(find(Span.class).id("tickets-drill").isVisible()).isTrue();
    }
}
