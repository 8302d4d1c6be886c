package io.pxportal.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.EmptyPortalViewTest;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDetails;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.ui.EditorDialog;
import io.pxportal.support.AvailabilityService;
import io.pxportal.support.OutageView;
import io.pxportal.support.Severity;
import io.pxportal.support.TicketFilter;
import io.pxportal.support.TicketService;
import io.pxportal.support.TicketView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * On a portal that starts empty, a vendor ticket and an outage are recorded in the support view itself; before a
 * platform exists, "New" says what has to come first instead of opening a form with nothing to choose.
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class SupportCreationTest extends EmptyPortalViewTest {

    private static final int AVAILABILITY_TAB = 2;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    TicketService tickets;

    @Autowired
    AvailabilityService availability;

    @Test
    void without_a_platform_new_ticket_and_new_outage_say_that_a_platform_comes_first() {
        navigate(SupportView.class);
        test(find(Button.class).id("tickets-new")).click();
        assertThat(find(EditorDialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).contains("create a platform first");

        find(TabSheet.class).id("support-tabs").setSelectedIndex(AVAILABILITY_TAB);
        test(find(Button.class).id("outages-new")).click();
        assertThat(find(EditorDialog.class).exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).contains("create a platform first");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_ticket_and_an_outage_are_recorded_from_new_on_an_empty_portal() {
        VendorDetails vendor =
                vendors.create(new VendorDraft("Creation Test Vendor", "DE", null, null, null, List.of(), null));
        PlatformDetails platform = platforms.create(new PlatformDraft(
                "Creation Test Platform",
                vendor.id(),
                "Contact centre",
                null,
                Deployment.SAAS,
                Lifecycle.ADOPT,
                null,
                null,
                null,
                null,
                null));
        try {
            navigate(SupportView.class);
            test(find(Button.class).id("tickets-new")).click();
            test(find(ComboBox.class).id("ticket-platform"))
                    .selectItem("Creation Test Platform · Creation Test Vendor");
            test(find(TextField.class).id("ticket-case")).setValue("CASE-EMPTY-1");
            test(find(ComboBox.class).id("ticket-severity")).selectItem("P2");
            test(find(TextField.class).id("ticket-title")).setValue("Routing stops after the release");
            test(find(Button.class).id("editor-save")).click();

            List<TicketView> recorded = tickets.page(TicketFilter.all(), PageRequest.of(0, 10));
            assertThat(recorded).singleElement().satisfies(t -> {
                assertThat(t.caseId()).isEqualTo("CASE-EMPTY-1");
                assertThat(t.platformId()).isEqualTo(platform.id());
                assertThat(t.severity()).isEqualTo(Severity.P2);
            });
            assertThat(tickets.history(recorded.getFirst().id())).isNotEmpty();

            test(find(Button.class).id("tickets-new")).click();
            test(find(TextField.class).id("ticket-case")).setValue("case-empty-1");
            test(find(TextField.class).id("ticket-title")).setValue("The same case again");
            test(find(Button.class).id("editor-save")).click();
            assertThat(test(find(Notification.class).last()).getText()).contains("already recorded");
            assertThat(tickets.count(TicketFilter.all())).isOne();
            test(find(Button.class).id("editor-cancel")).click();

            find(TabSheet.class).id("support-tabs").setSelectedIndex(AVAILABILITY_TAB);
            test(find(Button.class).id("outages-new")).click();
            test(find(TextArea.class).id("outage-description")).setValue("Telephony down after the release");
            test(find(Button.class).id("editor-save")).click();

            List<OutageView> outages = availability.page(platform.id(), PageRequest.of(0, 10));
            assertThat(outages).singleElement().satisfies(o -> {
                assertThat(o.draft().description()).isEqualTo("Telephony down after the release");
                assertThat(o.draft().endedAt()).isNull();
                assertThat(o.draft().planned()).isFalse();
            });
            assertThat(availability.history(outages.getFirst().id())).isNotEmpty();
        } finally {
            // the empty portal's context is shared: leave it as empty as it was
            tickets.page(TicketFilter.all(), PageRequest.of(0, 10)).forEach(t -> tickets.delete(t.id(), t.version()));
            availability
                    .page(platform.id(), PageRequest.of(0, 10))
                    .forEach(o -> availability.delete(o.id(), o.draft().version()));
            platforms.delete(platform.id(), platforms.get(platform.id()).version());
            vendors.delete(vendor.id(), vendors.get(vendor.id()).version());
        }
    }
}
