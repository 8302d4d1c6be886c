package io.pxportal.experience.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;
import io.pxportal.PortalViewTest;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.MetricScore;
import io.pxportal.experience.ObservationEntry;
import io.pxportal.experience.ObservationService;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.SurveyService;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The experience views as their users open them: what each shows is what the services hold. */
class ExperienceViewsTest extends PortalViewTest {

    @Autowired
    PlatformService platforms;

    @Autowired
    ScoreService scores;

    @Autowired
    CatalogueService catalogues;

    @Autowired
    ObservationService observations;

    @Autowired
    SurveyService survey;

    private Long platformId(String name) {
        return platforms.refs(name, PageRequest.of(0, 5)).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void the_scorecard_opens_on_a_platform_and_lists_every_metric_of_its_card() {
        navigate(ScorecardView.class);

        PlatformRef shown =
                (PlatformRef) find(ComboBox.class).id("scorecard-platform").getValue();
        Quarter quarter = (Quarter) find(Select.class).id("scorecard-period").getValue();
        assertThat(shown).isNotNull();
        Grid<MetricScore> metrics = find(Grid.class).id("scorecard-metrics");
        assertThat(test(metrics).size())
                .isEqualTo(scores.scorecard(shown.id(), quarter).metrics().size())
                .isPositive();
        assertThat(find(io.pxportal.shared.chart.ChartView.class)
                        .withId("scorecard-radar")
                        .exists())
                .isTrue();
        assertThat(find(io.pxportal.shared.chart.ChartView.class)
                        .withId("scorecard-trend")
                        .exists())
                .isTrue();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void the_scorecard_link_opens_the_platform_and_quarter_it_names() {
        Long inspire = platformId("Inspire Correspondence");
        UI.getCurrent()
                .navigate(
                        "experience/scorecard",
                        QueryParameters.simple(Map.of("platform", String.valueOf(inspire), "period", "2026-Q1")));

        assertThat(((PlatformRef) find(ComboBox.class).id("scorecard-platform").getValue()).id())
                .isEqualTo(inspire);
        assertThat(find(Select.class).id("scorecard-period").getValue()).isEqualTo(Quarter.parse("2026-Q1"));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void compare_lists_every_platform_and_a_row_opens_its_scorecard() {
        navigate(CompareView.class);

        Grid<CompareView.Row> grid = find(Grid.class).id("compare-grid");
        assertThat((long) test(grid).size())
                .isEqualTo(platforms.count(new PlatformFilter("", null, null, null, false)));
        Long first = test(grid).getRow(0).platform().id();
        test(grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(ScorecardView.class);
        assertThat(((PlatformRef) find(ComboBox.class).id("scorecard-platform").getValue()).id())
                .isEqualTo(first);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_catalogue_lists_the_current_metrics_and_the_committee_may_publish() {
        navigate(CatalogueView.class);

        assertThat(test((Grid<?>) find(Grid.class).id("catalogue-grid")).size())
                .isEqualTo(catalogues.current().metrics().size())
                .isPositive();
        assertThat(test((Grid<?>) find(Grid.class).id("catalogue-versions")).size())
                .isEqualTo(catalogues.versions().size());
        assertThat(find(Button.class).withId("catalogue-new").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_reads_the_catalogue_without_publishing() {
        navigate(CatalogueView.class);

        assertThat(test((Grid<?>) find(Grid.class).id("catalogue-grid")).size()).isPositive();
        assertThat(find(Button.class).withId("catalogue-new").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    @SuppressWarnings("unchecked")
    void an_owner_enters_a_quarter_of_observations_and_they_are_kept() {
        Long hub = platformId("Messagepoint Content Hub");
        Quarter quarter = Quarter.parse("2019-Q2");
        UI.getCurrent()
                .navigate(
                        "experience/observations",
                        QueryParameters.simple(Map.of("platform", String.valueOf(hub), "period", quarter.toString())));

        Grid<ObservationEntry> grid = find(Grid.class).id("observations-grid");
        ObservationEntry entry = test(grid).getRow(0);
        BigDecimal value = entry.metric().target();
        BigDecimalField field = (BigDecimalField) test(grid).getCellComponent(0, 2);
        assertThat(field.getId()).contains("value-" + entry.metric().code());
        test(field).setValue(value);
        test(find(Button.class).id("observations-save")).click();

        ObservationEntry saved = observations.entries(hub, quarter).stream()
                .filter(e -> e.metric().code().equals(entry.metric().code()))
                .findFirst()
                .orElseThrow();
        try {
            assertThat(saved.value()).isEqualByComparingTo(value);
        } finally {
            observations.remove(hub, saved.observationId(), saved.version());
        }
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    @SuppressWarnings("unchecked")
    void observations_of_someone_elses_platform_are_read_only() {
        Long exstream = platformId("Exstream Statements");
        UI.getCurrent()
                .navigate(
                        "experience/observations",
                        QueryParameters.simple(Map.of("platform", String.valueOf(exstream), "period", "2026-Q1")));

        Grid<ObservationEntry> grid = find(Grid.class).id("observations-grid");
        assertThat(find(Button.class).withId("observations-save").exists()).isFalse();
        assertThat(test(grid).size()).isPositive();
        assertThat(IntStream.range(0, test(grid).size())
                        .mapToObj(i -> (BigDecimalField) test(grid).getCellComponent(i, 2)))
                .allMatch(BigDecimalField::isReadOnly);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    @SuppressWarnings("unchecked")
    void the_pulse_asks_a_product_owner_once_a_quarter_and_shows_results_beside_it() {
        navigate(SurveyView.class);
        Long hub = platformId("Messagepoint Content Hub");
        ComboBox<PlatformRef> platform = find(ComboBox.class).id("survey-platform");
        test(platform).selectItem("Messagepoint Content Hub");

        boolean answered = survey.answered(hub);
        assertThat(find(RadioButtonGroup.class).all())
                .hasSize(answered ? 0 : io.pxportal.experience.SurveyQuestion.values().length);
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("survey-results")
                        .getChildren())
                .isNotEmpty();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    @SuppressWarnings("unchecked")
    void the_committee_sees_results_but_is_not_asked() {
        navigate(SurveyView.class);
        ComboBox<PlatformRef> platform = find(ComboBox.class).id("survey-platform");
        test(platform).selectItem("Exstream Statements");

        assertThat(find(RadioButtonGroup.class).all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("survey-results")
                        .getChildren())
                .isNotEmpty();
    }
}
