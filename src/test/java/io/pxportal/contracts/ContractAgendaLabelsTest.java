package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaLabels;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The renewals section of a steering review, labelled as the contracts list is: each figure key maps to the view label of the same measure (itself where no view shows the measure),
 * and the two read alike in every language.
 */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class ContractAgendaLabelsTest {

    /** Agenda figure → the view's label of the same measure. */
    static final Map<String, String> VIEW_LABELS = Map.ofEntries(
            Map.entry("agenda.renewals.notice-deadline", "contract.notice-deadline"),
            Map.entry("agenda.renewals.term-end", "contract.term-end"),
            Map.entry("agenda.renewals.renewal", "contract.renewal-type"),
            Map.entry("agenda.renewals.annual-value", "contract.annual-value"),
            Map.entry("agenda.renewals.decision", "agenda.renewals.decision"));

    @Autowired
    ContractAgenda agenda;

    @Autowired
    PlatformService platforms;

    @Test
    void each_figure_is_labelled_as_its_view_labels_the_measure() {
        LocalDate today = LocalDate.now();
        Set<Long> all = platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                .map(PlatformDetails::id).collect(Collectors.toSet());

        List<AgendaItem> items = new ArrayList<>();
        SystemAuthentication.runAs("steering-agenda", () -> items.addAll(agenda.items(new AgendaScope(all, today,
                today.plusMonths(18)))));

        assertThat(items).isNotEmpty();
        AgendaLabels.assertNamedAsInTheView(items, VIEW_LABELS);
    }
}
