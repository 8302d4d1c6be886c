package io.pxportal.experience;

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
        LocalDate today = LocalDate.now();
        Set<Long> all = platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                .map(PlatformDetails::id).collect(Collectors.toSet());

        List<AgendaItem> items = new ArrayList<>();
        SystemAuthentication.runAs("steering-agenda", () -> items.addAll(agenda.items(new AgendaScope(all, today,
                today.plusMonths(3)))));

        assertThat(items).isNotEmpty();
        AgendaLabels.assertNamedAsInTheView(items, VIEW_LABELS);
    }
}
