package io.pxportal.contracts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.contracts.CalendarLinkService;
import io.pxportal.contracts.RenewalCalendar;
import io.pxportal.contracts.RenewalCalendarFilter;
import io.pxportal.contracts.RenewalDate;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.ui.EditorDialog;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "steering", roles = "STEERING")
class RenewalCalendarViewTest extends PortalViewTest {

    @Autowired
    RenewalCalendar calendar;

    @Autowired
    CalendarLinkService links;

    @Autowired
    VendorService vendors;

    private RenewalDate exstreamDeadline() {
        return calendar.upcoming(RenewalCalendarFilter.all()).stream()
                .filter(d -> d.number().equals("OT-2019-0042") && d.kind() == RenewalDate.Kind.NOTICE_DEADLINE)
                .findFirst()
                .orElseThrow();
    }

    private List<Div> entries() {
        return find(Div.class).withClassName("px-agenda-entry").all();
    }

    @Test
    void the_agenda_lists_the_exstream_notice_deadline_in_its_month_marked_as_due_soon() {
        navigate(RenewalCalendarView.class);
        RenewalDate deadline = exstreamDeadline();

        Div entry = find(Div.class).id("agenda-" + deadline.key());
        assertThat(entry.getClassNames()).contains("px-urgency-soon");
        assertThat(entry.getElement().getTextRecursively())
                .contains(
                        "Notice deadline",
                        "OT-2019-0042",
                        "Exstream licence and maintenance",
                        "OpenText",
                        "Exstream Statements",
                        "in 45 days");
        assertThat(entry.getParent().orElseThrow().getId())
                .as("the month it is listed under")
                .hasValue("agenda-" + YearMonth.from(deadline.date()));
    }

    @Test
    void filtering_by_vendor_leaves_only_that_vendors_dates() {
        navigate(RenewalCalendarView.class);
        VendorRef quadient = vendors.findByName("Quadient").orElseThrow();

        @SuppressWarnings("unchecked")
        ComboBox<VendorRef> vendor = find(ComboBox.class).id("calendar-vendor");
        test(vendor).selectItem("Quadient");

        assertThat(vendor.getValue()).isEqualTo(quadient);
        assertThat(entries())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getElement().getTextRecursively()).contains("QD-MSLA-2021"));
    }

    @Test
    void choosing_an_entry_opens_its_contract_read_only_for_a_reader() {
        navigate(RenewalCalendarView.class);
        Div entry = find(Div.class).id("agenda-" + exstreamDeadline().key());

        test(find(Button.class).withClassName("px-agenda-contract").from(entry).single())
                .click();

        EditorDialog editor = find(EditorDialog.class).single();
        assertThat(editor.getHeaderTitle()).startsWith("OT-2019-0042");
        assertThat(find(Button.class).withId("editor-save").exists()).isFalse();
    }

    @Test
    void a_subscription_link_is_shown_once_and_a_new_one_replaces_it_after_asking() {
        navigate(RenewalCalendarView.class);
        assertThat(find(Paragraph.class).id("calendar-link-status").getText()).isEqualTo("You have no link yet.");

        test(find(Button.class).id("calendar-link-create")).click();
        String first = find(TextField.class).id("calendar-link-url").getValue();
        assertThat(first).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(find(Paragraph.class).id("calendar-link-status").getText()).contains("Contracts I own");

        test(find(Button.class).id("calendar-link-create")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        String second = find(TextField.class).id("calendar-link-url").getValue();

        assertThat(second).isNotEqualTo(first);
        assertThat(links.feed(secret(first))).isEmpty();
        assertThat(links.feed(secret(second))).isPresent();
    }

    private static String secret(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
