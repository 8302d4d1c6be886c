package io.pxportal.roadmap;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaLabels;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The roadmap section of a steering review, labelled as the fit table, the end-of-support list and the roadmap items are: each figure key maps to the view label of the same measure (itself where no view shows the measure),
 * and the two read alike in every language.
 */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class RoadmapAgendaLabelsTest {

    /** Agenda figure → the view's label of the same measure. */
    static final Map<String, String> VIEW_LABELS = Map.ofEntries(
            Map.entry("agenda.roadmap.fit", "roadmap.fit.score"),
            Map.entry("agenda.roadmap.reliability", "roadmap.fit.reliability"),
            Map.entry("agenda.roadmap.gaps", "agenda.roadmap.gaps"),
            Map.entry("agenda.roadmap.support-ends", "roadmap.eos.ends"),
            Map.entry("agenda.roadmap.coverage", "agenda.roadmap.coverage"),
            Map.entry("agenda.roadmap.status", "roadmap.item.status"),
            Map.entry("agenda.roadmap.quarter", "roadmap.item.committed-quarter"),
            Map.entry("agenda.roadmap.slipped-on", "agenda.roadmap.slipped-on"));

    @Autowired
    RoadmapAgenda agenda;

    @Autowired
    PlatformService platforms;

    @Test
    void each_figure_is_labelled_as_its_view_labels_the_measure() {
        AgendaLabels.assertEachFigureNamedAsInTheView(agenda, platforms, Period.ofMonths(3), VIEW_LABELS);
    }
}
