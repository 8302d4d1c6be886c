package io.pxportal.contracts;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaLabels;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
        AgendaLabels.assertEachFigureNamedAsInTheView(agenda, platforms, Period.ofMonths(18), VIEW_LABELS);
    }
}
