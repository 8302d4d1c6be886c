package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pxportal.PortalApiTest;
import io.pxportal.identity.UserAdminService;
import io.pxportal.identity.UserDraft;
import io.pxportal.identity.UserRow;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.security.ShellUser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;

/** The iCalendar feed behind a personal link, fetched as a calendar app would: no login, no token. */
class CalendarFeedTest extends PortalApiTest {

    @Autowired
    CalendarLinkService links;

    @Autowired
    ContractService contracts;

    @Autowired
    UserAdminService users;

    @Autowired
    ShellUser preferences;

    private String fetch(String secret) throws Exception {
        return mvc.perform(get("/calendar/{secret}.ics", secret))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static VEvent withSummary(List<VEvent> events, String prefix) {
        return events.stream()
                .filter(e -> value(e, Property.SUMMARY).startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event " + prefix));
    }

    private Long contractId(String number) {
        return as(
                        "olena",
                        () -> contracts.page(new ContractFilter(number, null, null), PageRequest.of(0, 1)),
                        Role.PRODUCT_OWNER)
                .getFirst()
                .id();
    }

    @Test
    void a_link_shows_its_owners_contracts_as_all_day_events_with_a_reminder_before_notice_deadlines()
            throws Exception {
        NewCalendarLink link = as("olena", () -> links.createMine(CalendarFeedScope.MINE), Role.PRODUCT_OWNER);

        List<VEvent> events = events(fetch(link.secret()));

        assertThat(events)
                .extracting(e -> value(e, Property.SUMMARY))
                .contains(
                        "Notice deadline: OT-2019-0042 Exstream licence and maintenance",
                        "Renewal: OT-2019-0042 Exstream licence and maintenance")
                .noneMatch(summary -> summary.contains("QD-MSLA-2021"));
        VEvent deadline = withSummary(events, "Notice deadline: OT-2019-0042");
        String day = value(deadline, Property.DTSTART);
        assertThat(day).matches("\\d{8}");
        assertThat(deadline.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("DATE");
        assertThat(value(deadline, Property.UID))
                .isEqualTo("contract-" + contractId("OT-2019-0042")
                        + "-notice-deadline-" + day.substring(0, 4) + "-" + day.substring(4, 6) + "-" + day.substring(6)
                        + "@px-portal");
        assertThat(value(deadline, Property.DESCRIPTION))
                .contains("Notice of 90 days is due by")
                .contains("Vendor: OpenText. Platforms: Exstream Statements.");
        List<Component> alarms = deadline.getComponents(Component.VALARM);
        assertThat(alarms).singleElement().satisfies(alarm -> {
            assertThat(Period.parse(value(alarm, Property.TRIGGER)))
                    .as("a week before")
                    .isEqualTo(Period.ofDays(-7));
            assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
        });
        assertThat(withSummary(events, "Renewal: OT-2019-0042").getComponents(Component.VALARM))
                .isEmpty();
    }

    @Test
    void the_uids_stay_the_same_from_one_poll_to_the_next() throws Exception {
        NewCalendarLink link = as("marc", () -> links.createMine(CalendarFeedScope.ALL), Role.PRODUCT_OWNER);

        List<String> first = events(fetch(link.secret())).stream()
                .map(e -> value(e, Property.UID))
                .toList();
        List<String> second = events(fetch(link.secret())).stream()
                .map(e -> value(e, Property.UID))
                .toList();

        assertThat(first).isNotEmpty().doesNotHaveDuplicates().isEqualTo(second);
        assertThat(first).anyMatch(uid -> uid.contains("-term-end-"));
    }

    @Test
    void the_feed_speaks_its_owners_language() throws Exception {
        UserRow reader = as(
                "admin",
                () -> users.create(new UserDraft(
                        "feed.reader",
                        "Fee Reader",
                        null,
                        Set.of(Role.STEERING),
                        true,
                        "a-long-enough-password",
                        null)),
                Role.ADMIN);
        NewCalendarLink link = as(
                reader.username(),
                () -> {
                    preferences.savePreferredLocale(Locale.of("uk"));
                    return links.createMine(CalendarFeedScope.ALL);
                },
                Role.STEERING);

        VEvent deadline = withSummary(events(fetch(link.secret())), "Крайній строк повідомлення: OT-2019-0042");

        assertThat(value(deadline, Property.DESCRIPTION)).contains("Повідомлення за 90 днів треба надати до");
    }

    @Test
    void a_new_link_stops_the_old_one_and_a_stopped_link_shows_nothing() throws Exception {
        NewCalendarLink old = as("finance", () -> links.createMine(CalendarFeedScope.ALL), Role.FINANCE);
        fetch(old.secret());

        NewCalendarLink renewed = as("finance", () -> links.createMine(CalendarFeedScope.ALL), Role.FINANCE);

        assertThat(renewed.secret()).isNotEqualTo(old.secret());
        mvc.perform(get("/calendar/{secret}.ics", old.secret())).andExpect(status().isNotFound());
        fetch(renewed.secret());
        assertThat(as("finance", () -> links.mine(), Role.FINANCE))
                .hasValueSatisfying(info -> assertThat(info.lastUsedAt()).isNotNull());

        as(
                "finance",
                () -> {
                    links.stopMine();
                    return null;
                },
                Role.FINANCE);
        mvc.perform(get("/calendar/{secret}.ics", renewed.secret())).andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_or_malformed_secret_is_not_found_rather_than_a_login_page() throws Exception {
        mvc.perform(get("/calendar/{secret}.ics", "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/{secret}.ics", "not-a-secret")).andExpect(status().isNotFound());
    }

    @Test
    void the_link_of_a_disabled_account_stops_working() throws Exception {
        UserRow leaver = as(
                "admin",
                () -> users.create(new UserDraft(
                        "feed.leaver", "Lea Ver", null, Set.of(Role.FINANCE), true, "a-long-enough-password", null)),
                Role.ADMIN);
        NewCalendarLink link = as(leaver.username(), () -> links.createMine(CalendarFeedScope.ALL), Role.FINANCE);
        fetch(link.secret());

        as(
                "admin",
                () -> users.update(
                        leaver.id(),
                        new UserDraft(
                                "feed.leaver", "Lea Ver", null, Set.of(Role.FINANCE), false, null, leaver.version())),
                Role.ADMIN);

        mvc.perform(get("/calendar/{secret}.ics", link.secret())).andExpect(status().isNotFound());
    }
}
