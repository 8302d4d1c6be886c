package io.pxportal.licensing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.pxportal.PortalViewTest;
import io.pxportal.licensing.EntitlementView;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.licensing.MeasurementView;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformEnvironment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

class LicencesViewTest extends PortalViewTest {

    @Autowired
    UsageService usage;

    @SuppressWarnings("unchecked")
    private Grid<EntitlementView> grid() {
        return find(Grid.class).id("licences-grid");
    }

    private int rowOf(String product) {
        return IntStream.range(0, test(grid()).size())
                .filter(i -> test(grid()).getRow(i).draft().product().equals(product))
                .findFirst()
                .orElseThrow(() -> new AssertionError(product + " not listed"));
    }

    /** The position as term and value pairs: a description list, so "Consumed" and "14" never run together. */
    private java.util.Map<String, String> figures() {
        java.util.Map<String, String> pairs = new java.util.LinkedHashMap<>();
        find(com.vaadin.flow.component.html.DescriptionList.class)
                .id("position-figures")
                .getChildren()
                .forEach(pair -> pairs.put(
                        pair.getChildren()
                                .filter(com.vaadin.flow.component.html.DescriptionList.Term.class::isInstance)
                                .findFirst()
                                .orElseThrow()
                                .getElement()
                                .getText(),
                        pair.getChildren()
                                .filter(com.vaadin.flow.component.html.DescriptionList.Description.class::isInstance)
                                .findFirst()
                                .orElseThrow()
                                .getElement()
                                .getText()));
        return pairs;
    }

    private void openTab(int index) {
        find(TabSheet.class).single().setSelectedIndex(index);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_list_shows_the_forecast_shortfall_and_filters_by_metric() {
        navigate(LicencesView.class);
        EntitlementView exstream = test(grid()).getRow(rowOf("Exstream Engine documents"));
        assertThat(exstream.position().status()).isEqualTo(LicencePosition.Status.FORECAST_SHORTFALL);
        // The tester counts the visible columns: the chooser hides contract and metric by default.
        int status = grid().getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getHeaderText)
                .toList()
                .indexOf("Status");
        assertThat(test(grid()).getCellText(rowOf("Exstream Engine documents"), status))
                .isEqualTo("Shortfall forecast");

        test((ComboBox<?>) find(ComboBox.class).id("licences-metric")).selectItem("Named users");
        assertThat(IntStream.range(0, test(grid()).size())
                        .mapToObj(i -> test(grid()).getRow(i).draft().metric()))
                .isNotEmpty()
                .containsOnly(LicenceMetric.NAMED_USER);
        assertThat(find(Button.class).withId("licences-new").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_opens_the_position_and_its_chart_but_cannot_add_usage() {
        navigate(LicencesView.class);
        test(grid()).clickRow(rowOf("Inspire Designer"));

        assertThat(find(Button.class).withId("editor-save").exists()).isFalse();
        openTab(1);
        assertThat(figures()).containsEntry("Shelfware", "€35,200.00").containsKey("Status");
        assertThat(find(Div.class).id("usage-chart").getElement().getChildCount())
                .isPositive();
        openTab(2);
        assertThat(find(Button.class).withId("measurement-add").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void an_owner_adds_a_non_production_count_that_is_listed_but_does_not_count() {
        navigate(LicencesView.class);
        test(grid()).clickRow(rowOf("Inspire Designer"));
        EntitlementView designers = test(grid()).getRow(rowOf("Inspire Designer"));
        openTab(2);

        test((Select<?>) find(Select.class).id("measurement-environment")).selectItem("Development");
        test(find(DatePicker.class).id("measurement-from"))
                .setValue(LocalDate.now().minusDays(3));
        test(find(BigDecimalField.class).id("measurement-quantity")).setValue(new BigDecimal("40"));
        test(find(Button.class).id("measurement-add")).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Measurements updated");
        MeasurementView added = usage.measurements(designers.id(), PageRequest.of(0, 50)).stream()
                .filter(m -> m.environment() == PlatformEnvironment.DEVELOPMENT)
                .findFirst()
                .orElseThrow();
        assertThat(added.counted()).isFalse();
        openTab(1);
        assertThat(figures()).as("the peak stays the production count").containsEntry("Consumed", "14");
    }
}
