package io.pxportal.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The roadmap services on the demo data, security on. */
@PortalIntegrationTest
class RoadmapServiceTest {

    @Autowired
    ObjectiveService objectives;

    @Autowired
    RoadmapItemService items;

    @Autowired
    RatingService ratings;

    @Autowired
    RoadmapScoreService scores;

    @Autowired
    PlatformService platforms;

    @Autowired
    RoadmapAlerts alerts;

    @Autowired
    RoadmapAgenda agenda;

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void demo_roadmap_has_objectives_items_some_delayed_and_one_dropped() {
        assertThat(objectives.list()).hasSizeBetween(6, 8);
        assertThat(items.count(RoadmapItemFilter.all())).isGreaterThanOrEqualTo(30);
        assertThat(items.count(new RoadmapItemFilter(null, null, null, ItemStatus.DELAYED)))
                .isGreaterThanOrEqualTo(2);
        assertThat(items.count(new RoadmapItemFilter(null, null, null, ItemStatus.DROPPED)))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void in_the_demo_opentext_cloud_fits_clearly_better_than_inspire() {
        Map<String, BigDecimal> fit = scores.heatmap(scores.currentQuarter()).rows().stream()
                .collect(Collectors.toMap(r -> r.platform().name(), r -> r.fit().score()));

        assertThat(fit.get("OpenText Communications Cloud"))
                .isGreaterThan(fit.get("Inspire Correspondence").add(BigDecimal.valueOf(40)));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_dropped_editor_is_a_gap_of_inspire_and_its_drop_lowered_the_fit() {
        Quarter now = scores.currentQuarter();
        Long inspire = platform("Inspire Correspondence");
        Long self = objectives.list().stream()
                .filter(o -> o.code().equals("SELF"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(scores.gaps(now))
                .anyMatch(g -> g.platform().id().equals(inspire)
                        && g.objective() != null
                        && g.objective().id().equals(self));
        DrillDown drill = scores.drillDown(inspire, self, now);
        assertThat(drill.items())
                .anyMatch(c -> c.state().status() == ItemStatus.DROPPED
                        && c.valueBeforeDrop().compareTo(BigDecimal.ZERO) > 0);
        assertThat(drill.fitWithoutDrops()).isGreaterThan(drill.platform().fit().score());
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_change_of_weights_leaves_the_scores_of_past_quarters_unchanged() {
        Quarter now = scores.currentQuarter();
        Quarter last = now.plus(-1);
        Long exstream = platform("Exstream Statements");
        BigDecimal pastBefore = scores.fit(exstream, last).fit().score();
        BigDecimal nowBefore = scores.fit(exstream, now).fit().score();
        Map<Long, Integer> original = objectives.weightsFor(now).orElseThrow().weights();
        Map<Long, Integer> costOnly = costOnly(objectives, original);

        objectives.changeWeights(costOnly, now, "test: cost only", latestSet());
        try {
            assertThat(scores.fit(exstream, last).fit().score())
                    .as("last quarter")
                    .isEqualByComparingTo(pastBefore);
            assertThat(scores.fit(exstream, now).fit().score())
                    .as("this quarter")
                    .isNotEqualByComparingTo(nowBefore);
            assertThatThrownBy(() -> objectives.changeWeights(costOnly, last, null, latestSet()))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo("roadmap.weights.past-quarter");
        } finally {
            objectives.changeWeights(original, now, "test: restored", latestSet());
        }
        assertThat(scores.fit(exstream, now).fit().score()).isEqualByComparingTo(nowBefore);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void weights_changed_meanwhile_are_not_overwritten() {
        Long stale = latestSet() - 1;
        assertThatThrownBy(() -> objectives.changeWeights(Map.of(), scores.currentQuarter(), null, stale))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("roadmap.weights.changed");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void product_owners_may_not_change_weights() {
        assertThatThrownBy(() -> objectives.changeWeights(Map.of(), null, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void an_owner_rates_items_of_his_platforms_only() {
        RoadmapItemView inspireItem = item("PDF/UA tagged output");
        RoadmapItemView exstreamItem = item("Exstream 16.x end of support");
        Long plain = objectives.list().stream()
                .filter(o -> o.code().equals("PLAIN"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(inspireItem.editable()).isTrue();
        assertThat(exstreamItem.editable()).isFalse();
        assertThatThrownBy(() -> ratings.rate(exstreamItem.id(), plain, 1, null, null))
                .isInstanceOf(AccessDeniedException.class);
        RatingView rated = ratings.rate(inspireItem.id(), plain, 0, "test: no plain-language support", null);
        assertThat(rated.ratedBy()).isEqualTo("marc");
        assertThatThrownBy(() -> ratings.rate(inspireItem.id(), plain, 1, null, null))
                .as("someone else rated it meanwhile")
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(ratings.rate(inspireItem.id(), plain, null, null, rated.version()))
                .as("cleared")
                .isNull();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_status_change_is_a_new_dated_step_of_the_history() {
        RoadmapItemView item = item("RCS messaging output");
        int steps = items.statusHistory(item.id()).size();

        RoadmapItemView changed = items.changeStatus(
                item.id(),
                new StatusChange(
                        ItemStatus.COMMITTED,
                        item.draft().committedQuarter(),
                        LocalDate.now(),
                        "test: committed at the QBR",
                        item.draft().version()));

        List<StatusStep> history = items.statusHistory(item.id());
        assertThat(history).hasSize(steps + 1);
        assertThat(history.getLast().status()).isEqualTo(ItemStatus.COMMITTED);
        assertThat(history.getLast().recordedBy()).isEqualTo("marc");
        assertThatThrownBy(() -> items.changeStatus(
                        item.id(),
                        new StatusChange(
                                ItemStatus.BETA, null, null, null, item.draft().version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> items.changeStatus(
                        item.id(),
                        new StatusChange(
                                ItemStatus.BETA,
                                null,
                                LocalDate.now().minusYears(3),
                                null,
                                changed.draft().version())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("roadmap.status.before-last");
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void exstream_version_loses_support_within_twelve_months_and_slips_are_listed() {
        assertThat(scores.supportRisks())
                .anyMatch(r ->
                        r.platform().name().equals("Exstream Statements") && r.risk() == SupportRisk.WITHIN_12_MONTHS);
        assertThat(scores.slippedSince(LocalDate.now().minusDays(90)))
                .extracting(s -> s.item().title())
                .contains("Interactive web editor for business users", "Inspire Flex SaaS on AKS");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void alerts_go_to_the_owners_for_a_dropped_heavy_item_and_for_exstream_end_of_support() {
        var expected = alerts.expected(LocalDate.now());

        assertThat(expected)
                .anyMatch(a -> a.kind().equals(RoadmapAlerts.SLIPPED)
                        && a.recipient().equals("marc")
                        && a.label().startsWith("Interactive web editor for business users"));
        assertThat(expected)
                .anyMatch(a -> a.kind().equals(RoadmapAlerts.END_OF_SUPPORT)
                        && a.recipient().equals("olena")
                        && a.label().equals("Exstream 16.x end of support"));
        assertThat(expected)
                .as("SELF is heavy (20 of 115), the dropped editor supports it; "
                        + "the OpenText designer is delayed but olena is not marc")
                .noneMatch(a -> a.recipient().equals("marc") && a.label().startsWith("Communications Designer"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_review_of_inspire_puts_its_weak_fit_and_the_slips_of_its_vendor_on_the_agenda() {
        Long inspire = platform("Inspire Correspondence");
        var items = agenda.items(new io.pxportal.shared.agenda.AgendaScope(
                java.util.Set.of(inspire), LocalDate.now(), LocalDate.now().plusMonths(3)));

        assertThat(items)
                .anyMatch(i -> i.subjectType().equals(RoadmapAgenda.FIT_SUBJECT)
                        && i.subjectId().equals(inspire)
                        && i.needsDecision());
        assertThat(items).anyMatch(i -> i.title().equals("Quadient · Interactive web editor for business users"));
        assertThat(items)
                .filteredOn(i -> i.subjectType().equals(RoadmapAgenda.FIT_SUBJECT))
                .first()
                .satisfies(fit -> assertThat(fit.figures())
                        .anyMatch(f -> f.labelKey().equals("agenda.roadmap.coverage")
                                && f.value().contains("SELF 0 %")));
        assertThat(items)
                .as("other vendors' slips belong to other reviews")
                .noneMatch(i -> i.title().startsWith("OpenText"));
    }

    private Long latestSet() {
        return latestSet(objectives);
    }

    static Long latestSet(ObjectiveService objectives) {
        return objectives.weightSets().stream()
                .map(WeightSetView::id)
                .max(Long::compare)
                .orElseThrow();
    }

    /** The objectives of {@code original} with all the weight on COST: a change of weights that moves every fit. */
    static Map<Long, Integer> costOnly(ObjectiveService objectives, Map<Long, Integer> original) {
        Map<Long, Integer> costOnly = new LinkedHashMap<>();
        original.keySet().forEach(id -> costOnly.put(id, 0));
        Long cost = objectives.list().stream()
                .filter(o -> o.code().equals("COST"))
                .findFirst()
                .orElseThrow()
                .id();
        costOnly.put(cost, 100);
        return costOnly;
    }

    private Long platform(String name) {
        return platforms.refs(name, PageRequest.of(0, 5)).stream()
                .filter(p -> p.name().equals(name))
                .map(PlatformRef::id)
                .findFirst()
                .orElseThrow();
    }

    private RoadmapItemView item(String title) {
        return items
                .page(new RoadmapItemFilter(title, null, null, null), PageRequest.of(0, 5, Sort.by("title")))
                .stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow();
    }
}
