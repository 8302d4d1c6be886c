package io.pxportal.experience;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaLabels;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The scorecard section of a steering review, labelled as the scorecard view is: each figure key maps to the view label of the same measure (itself where no view shows the measure),
 * and the two read alike in every language.
 */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class ScorecardAgendaLabelsTest {

    /** Agenda figure → the view's label of the same measure. */
    static final Map<String, String> VIEW_LABELS = Map.ofEntries(
            Map.entry("agenda.scorecard.tx", "experience.tx"),
            Map.entry("agenda.scorecard.tx-coverage", "experience.coverage.column"),
            Map.entry("agenda.scorecard.tx-change", "agenda.scorecard.tx-change"),
            Map.entry("agenda.scorecard.px", "experience.dimension.PX"),
            Map.entry("agenda.scorecard.px-coverage", "agenda.scorecard.px-coverage"),
            Map.entry("agenda.scorecard.px-change", "agenda.scorecard.px-change"),
            Map.entry("agenda.scorecard.cx", "experience.dimension.CX"),
            Map.entry("agenda.scorecard.cx-coverage", "agenda.scorecard.cx-coverage"),
            Map.entry("agenda.scorecard.ex", "experience.dimension.EX"),
            Map.entry("agenda.scorecard.ex-coverage", "agenda.scorecard.ex-coverage"),
            Map.entry("agenda.scorecard.ux", "experience.dimension.UX"),
            Map.entry("agenda.scorecard.ux-coverage", "agenda.scorecard.ux-coverage"),
            Map.entry("agenda.scorecard.mx", "experience.dimension.MX"),
            Map.entry("agenda.scorecard.mx-coverage", "agenda.scorecard.mx-coverage"),
            Map.entry("agenda.scorecard.pillar.cost", "experience.pillar.COST"),
            Map.entry("agenda.scorecard.pillar.support", "experience.pillar.SUPPORT"),
            Map.entry("agenda.scorecard.pillar.roadmap", "experience.pillar.ROADMAP"),
            Map.entry("agenda.scorecard.pillar.governance", "experience.pillar.GOVERNANCE"),
            Map.entry("agenda.scorecard.driver-1", "experience.top-driver.column"),
            Map.entry("agenda.scorecard.driver-1-lost", "experience.lost-tx"),
            Map.entry("agenda.scorecard.driver-2", "agenda.scorecard.driver-2"),
            Map.entry("agenda.scorecard.driver-2-lost", "experience.lost-tx"),
            Map.entry("agenda.scorecard.driver-3", "agenda.scorecard.driver-3"),
            Map.entry("agenda.scorecard.driver-3-lost", "experience.lost-tx"));

    @Autowired
    ScorecardAgenda agenda;

    @Autowired
    PlatformService platforms;

    @Test
    void each_figure_is_labelled_as_its_view_labels_the_measure() {
        AgendaLabels.assertEachFigureNamedAsInTheView(agenda, platforms, Period.ofMonths(3), VIEW_LABELS);
    }
}
