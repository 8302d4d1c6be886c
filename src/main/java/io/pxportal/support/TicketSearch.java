package io.pxportal.support;

import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Vendor tickets (by case id or title) for the global search, read through the ticket list's query. */
@Component
class TicketSearch implements SearchSource {

    private final TicketService tickets;

    TicketSearch(TicketService tickets) {
        this.tickets = tickets;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return tickets
                .page(new TicketFilter(text, null, null, null, null, false, false), PageRequest.of(0, limit))
                .stream()
                .map(ticket -> new SearchHit(
                        "search.kind.ticket",
                        ticket.caseId() + " \u00b7 " + ticket.title(),
                        ticket.platform(),
                        "support?ticket=" + ticket.id()))
                .toList();
    }
}
