package io.pxportal.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import io.pxportal.PortalViewTest;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.roadmap.Gap;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.roadmap.PlatformFit;
import io.pxportal.roadmap.RatingMatrix;
import io.pxportal.roadmap.RatingService;
import io.pxportal.roadmap.RoadmapItemFilter;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class SteeringViewTest extends PortalViewTest {

    @Autowired
    RatingService ratings;

    @Autowired
    ObjectiveService objectives;

    @Autowired
    io.pxportal.portfolio.PlatformService platforms;

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_gap_opens_the_drill_down_that_shows_the_dropped_item_lowered_the_fit() {
        navigate(SteeringView.class);
        @SuppressWarnings("unchecked")
        Grid<PlatformFit> fit = find(Grid.class).id("roadmap-fit-grid");
        assertThat(test(fit).size())
                .as("the demo platforms, and any a test added")
                .isGreaterThanOrEqualTo(5);
        @SuppressWarnings("unchecked")
        Grid<Gap> gaps = find(Grid.class).id("roadmap-gaps-grid");
        int inspireSelf = IntStream.range(0, test(gaps).size())
                .filter(i -> {
                    Gap gap = test(gaps).getRow(i);
                    return gap.platform().name().equals("Inspire Correspondence")
                            && gap.objective() != null
                            && gap.objective().code().equals("SELF");
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SELF gap for Inspire"));

        test(gaps).clickRow(inspireSelf);

        assertThat(find(Paragraph.class).id("roadmap-drilldown-drops").getText())
                .contains("had they not been dropped");
        @SuppressWarnings("unchecked")
        Grid<io.pxportal.roadmap.Contribution> items = find(Grid.class).id("roadmap-drilldown-items");
        assertThat(test(items).getCellText(0, 0)).isEqualTo("Interactive web editor for business users");
        assertThat(test(items).getCellText(0, 1)).isEqualTo("Dropped");
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_metrics_evidence_link_opens_the_quarter_and_the_cells_drill_down() {
        Long inspire =
                platforms.refs("Inspire Correspondence", org.springframework.data.domain.PageRequest.of(0, 5)).stream()
                        .filter(p -> p.name().equals("Inspire Correspondence"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        ObjectiveView self = objectives.list().stream()
                .filter(o -> o.code().equals("SELF"))
                .findFirst()
                .orElseThrow();
        io.pxportal.roadmap.Quarter last =
                io.pxportal.roadmap.Quarter.of(java.time.LocalDate.now()).plus(-1);

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        SteeringView.class,
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                "quarter",
                                last.toString(),
                                "platform",
                                String.valueOf(inspire),
                                "objective",
                                String.valueOf(self.id()))));

        @SuppressWarnings("unchecked")
        ComboBox<io.pxportal.roadmap.Quarter> quarter = find(ComboBox.class).id("roadmap-quarter");
        assertThat(quarter.getValue()).isEqualTo(last);
        assertThat(find(Paragraph.class).id("roadmap-drilldown-summary").getText())
                .startsWith("Weight ");
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void an_owner_rates_in_the_matrix_and_the_rating_is_saved_at_once() {
        navigate(RatingMatrixView.class);
        @SuppressWarnings("unchecked")
        ComboBox<VendorRef> vendor = find(ComboBox.class).id("roadmap-ratings-vendor");
        test(vendor).selectItem("Quadient");
        RatingMatrix matrix = ratings.matrix(new RoadmapItemFilter("Evolve template migration", null, null, null));
        Long itemId = matrix.rows().getFirst().item().id();
        ObjectiveView reg = objectives.list().stream()
                .filter(o -> o.code().equals("REG"))
                .findFirst()
                .orElseThrow();

        test(find(IntegerField.class).id("rating-" + itemId + "-" + reg.id())).setValue(1);

        assertThat(ratings.matrix(new RoadmapItemFilter("Evolve template migration", null, null, null))
                        .rows()
                        .getFirst()
                        .rating(reg.id())
                        .rating())
                .isEqualTo(1);
        test(find(IntegerField.class).id("rating-" + itemId + "-" + reg.id())).setValue(null);
        assertThat(ratings.matrix(new RoadmapItemFilter("Evolve template migration", null, null, null))
                        .rows()
                        .getFirst()
                        .rating(reg.id()))
                .isNull();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void cells_of_items_the_owner_may_not_rate_are_read_only() {
        navigate(RatingMatrixView.class);
        RatingMatrix matrix = ratings.matrix(new RoadmapItemFilter("Exstream 16.x end of support", null, null, null));
        Long itemId = matrix.rows().getFirst().item().id();
        Long cloud = objectives.list().stream()
                .filter(o -> o.code().equals("CLOUD"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(find(IntegerField.class).id("rating-" + itemId + "-" + cloud).isReadOnly())
                .isTrue();
    }
}
