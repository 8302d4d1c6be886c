package io.pxportal.roadmap;

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
