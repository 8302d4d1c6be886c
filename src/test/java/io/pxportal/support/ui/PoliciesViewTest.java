package io.pxportal.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.pxportal.PortalViewTest;
import io.pxportal.TestLogins;
import io.pxportal.contracts.ContractService;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.security.Role;
import io.pxportal.support.BusinessCalendarView;
import io.pxportal.support.NewYorkContracts;
import io.pxportal.support.Severity;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.SlaPolicyView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** A product owner creates a business calendar and an SLA policy for a contract without one, in the support view. */
@WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
class PoliciesViewTest extends PortalViewTest {

    private static final int POLICIES_TAB = 5;
    private static final int CALENDARS_TAB = 6;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    SlaPolicyService policies;

    @Test
    @SuppressWarnings("unchecked")
    void a_product_owner_creates_a_calendar_and_a_policy_for_a_contract_without_one() {
        TestLogins.as(
                "admin",
                () -> NewYorkContracts.create(vendors, platforms, contracts, "VIEW", "NY-VIEW-2026"),
                Role.ADMIN);
        com.vaadin.flow.component.UI.getCurrent().navigate(SupportView.class);
        TabSheet tabs = find(TabSheet.class).id("support-tabs");
        tabs.setSelectedIndex(CALENDARS_TAB);

        test(find(Button.class).id("calendars-new")).click();
        test(find(TextField.class).id("calendar-name")).setValue("View New York office");
        test(find(ComboBox.class).id("calendar-zone")).selectItem("America/New_York");
        test(find(DatePicker.class).id("calendar-effective-from")).setValue(LocalDate.of(2026, 1, 1));
        for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
            test(find(Checkbox.class).id("calendar-" + day + "-works")).click();
            test(find(TimePicker.class).id("calendar-" + day + "-start")).setValue(LocalTime.of(8, 0));
        }
        test(find(TimePicker.class).id("calendar-fri-end")).setValue(LocalTime.of(14, 0));
        test(find(TextArea.class).id("calendar-holidays")).setValue("2026-11-26 Thanksgiving");
        test(find(Button.class).id("editor-save")).click();

        Grid<BusinessCalendarView> calendars = find(Grid.class).id("calendars-grid");
        BusinessCalendarView calendar = java.util.stream.IntStream.range(
                        0, test(calendars).size())
                .mapToObj(i -> test(calendars).getRow(i))
                .filter(c -> c.draft().name().equals("View New York office"))
                .findFirst()
                .orElseThrow();
        assertThat(calendar.draft().holidays()).extracting(h -> h.name()).containsExactly("Thanksgiving");
        assertThat(io.pxportal.support.WorkWeekText.format(
                        calendar.draft().weeks().getFirst().days()))
                .isEqualTo("Mon-Thu 08:00-17:00; Fri 08:00-14:00");

        tabs.setSelectedIndex(POLICIES_TAB);
        test(find(Button.class).id("policies-new")).click();
        test(find(TextField.class).id("policy-name")).setValue("View New York support");
        ComboBox<io.pxportal.support.PolicyContract> contract =
                find(ComboBox.class).id("policy-contract");
        test(contract).selectItem("NY-VIEW-2026 · New York support");
        test(find(ComboBox.class).id("policy-calendar")).selectItem("View New York office (America/New_York)");
        test(find(IntegerField.class).id("policy-p1-response")).setValue(90);
        test(find(ComboBox.class).id("policy-p1-response-clock")).selectItem("business hours");
        test(find(Button.class).id("editor-save")).click();

        SlaPolicyView created = policies.page(PageRequest.of(0, 500)).stream()
                .filter(p -> p.draft().name().equals("View New York support"))
                .findFirst()
                .orElseThrow();
        assertThat(created.calendarName()).isEqualTo("View New York office");
        assertThat(created.draft().targets().get(Severity.P1).responseMinutes()).isEqualTo(90);
        assertThat(created.draft().targets().get(Severity.P1).responseRoundTheClock())
                .isFalse();
        assertThat(created.editable()).isTrue();
    }
}
