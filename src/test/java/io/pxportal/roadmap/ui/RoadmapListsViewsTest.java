package io.pxportal.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import io.pxportal.PortalViewTest;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.RequirementService;
import io.pxportal.roadmap.RoadmapItemFilter;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.roadmap.RoadmapItemView;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The roadmap's lists — objectives, requirements, vendor items — as their readers and editors open them. */
class RoadmapListsViewsTest extends PortalViewTest {

    @Autowired
    ObjectiveService objectives;

    @Autowired
    RequirementService requirements;

    @Autowired
    RoadmapItemService items;

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_committee_sees_every_objective_with_its_weight_sets_and_may_change_them() {
        navigate(ObjectivesView.class);

        assertThat(test((Grid<?>) find(Grid.class).id("roadmap-objectives-grid"))
                        .size())
                .isEqualTo(objectives.list().size())
                .isPositive();
        assertThat(test((Grid<?>) find(Grid.class).id("roadmap-weight-sets")).size())
                .isEqualTo(objectives.weightSets().size());
        assertThat(find(Button.class).withId("roadmap-objectives-new").exists()).isTrue();
        assertThat(find(Button.class).withId("roadmap-weights-change").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_reads_the_objectives_without_changing_them() {
        navigate(ObjectivesView.class);

        assertThat(test((Grid<?>) find(Grid.class).id("roadmap-objectives-grid"))
                        .size())
                .isPositive();
        assertThat(find(Button.class).withId("roadmap-objectives-new").exists()).isFalse();
        assertThat(find(Button.class).withId("roadmap-weights-change").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void requirements_are_listed_and_a_product_owner_may_add_one() {
        navigate(RequirementsView.class);

        assertThat((long) test((Grid<?>) find(Grid.class).id("roadmap-requirements-grid"))
                        .size())
                .isEqualTo(requirements.count("", null))
                .isPositive();
        assertThat(find(Button.class).withId("roadmap-requirements-new").exists())
                .isTrue();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    @SuppressWarnings("unchecked")
    void vendor_items_narrow_to_a_status() {
        navigate(RoadmapItemsView.class);
        Grid<RoadmapItemView> grid = find(Grid.class).id("roadmap-items-grid");
        assertThat((long) test(grid).size())
                .isEqualTo(items.count(RoadmapItemFilter.all()))
                .isPositive();

        ItemStatus status = test(grid).getRow(0).status();
        Select<ItemStatus> filter = find(Select.class).all().stream()
                .filter(s -> s.getListDataView().getItems().anyMatch(ItemStatus.class::isInstance))
                .findFirst()
                .orElseThrow();
        filter.setValue(status);

        assertThat((long) test(grid).size()).isEqualTo(items.count(new RoadmapItemFilter("", null, null, status)));
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> test(grid).getRow(i).status()))
                .containsOnly(status);
        assertThat(find(Button.class).withId("roadmap-items-new").exists()).isFalse();
    }
}
