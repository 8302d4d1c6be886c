package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * SLA policies and business calendars as records: the New York vendor with an 08:00–17:00 day and Thanksgiving off
 * gets its own calendar and policy, and its P1 is measured on that clock; changes re-time open tickets (closed
 * months only when asked); retired policies keep their tickets but take no new ones; who may do what.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SlaPolicyServiceTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    BusinessCalendarService calendars;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    TicketService tickets;

    @Autowired
    RetimingRepository retimings;

    @Autowired
    VendorTicketRepository ticketRows;

    private VendorTicket stored(TicketView ticket) {
        return ticketRows.findById(ticket.id()).orElseThrow();
    }

    /** A vendor, a platform owned by marc and a contract for it without a policy, named after {@code tag}. */
    private record Fixture(Long platformId, Long contractId) {}

    private Fixture fixture(String tag) {
        ContractView contract = NewYorkContracts.create(vendors, platforms, contracts, tag, "NY-" + tag);
        return new Fixture(contract.platforms().getFirst().id(), contract.id());
    }

    private static BusinessCalendarDraft newYork(String name, String hours) {
        return new BusinessCalendarDraft(
                name,
                "America/New_York",
                List.of(new WorkWeek(LocalDate.of(2026, 1, 1), WorkWeekText.parse(hours))),
                List.of(new Holiday(LocalDate.of(2026, 11, 26), "Thanksgiving")),
                null);
    }

    /** P1: 90 minutes to respond and 8 hours to resolve, both in business time. */
    private static SlaPolicyDraft policy(Fixture f, String name, Long calendarId) {
        Map<Severity, SeverityTarget> targets = new EnumMap<>(SlaPolicyDraft.standardTargets());
        targets.put(Severity.P1, new SeverityTarget("Critical", 90, 8 * 60, false, false, new BigDecimal("5")));
        return new SlaPolicyDraft(
                f.contractId(),
                name,
                calendarId,
                Set.of(TicketStatus.WAITING_ON_CUSTOMER),
                new BigDecimal("99.9"),
                new BigDecimal("3000"),
                "USD",
                "99.5:10",
                new BigDecimal("25"),
                30,
                targets,
                null);
    }

    private TicketView p1(Fixture f, String caseId, String openedLocal, TicketStatus status, String sinceLocal) {
        return tickets.record(new TicketDraft(
                        f.platformId(),
                        caseId,
                        Severity.P1,
                        null,
                        "Statements stopped",
                        ny(openedLocal),
                        status,
                        sinceLocal == null ? null : ny(sinceLocal),
                        null,
                        status.stopsClock() ? ny(sinceLocal) : null,
                        null,
                        null))
                .ticket();
    }

    private static Instant ny(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    private static <T> T asMarc(Supplier<T> work) {
        return TestLogins.as("marc", work, Role.PRODUCT_OWNER);
    }

    @Test
    void a_new_york_vendor_with_thanksgiving_off_gets_its_own_clock_and_its_p1_is_due_friday_at_nine() {
        Fixture f = fixture("THX");
        BusinessCalendarView calendar =
                asMarc(() -> calendars.create(newYork("New York office THX", "Mon-Fri 08:00-17:00")));
        SlaPolicyView policy = asMarc(() -> policies.create(policy(f, "New York support THX", calendar.id())));
        assertThat(policy.zone()).isEqualTo(NEW_YORK);
        assertThat(policy.calendarName()).isEqualTo("New York office THX");

        TicketView ticket = asMarc(() -> p1(f, "THX-1", "2026-11-25T16:30", TicketStatus.OPEN, null));

        assertThat(ticket.policy()).isEqualTo("New York support THX");
        assertThat(ticket.response().target()).isEqualTo(Duration.ofMinutes(90));
        // Wednesday 16:30–17:00 is 30 minutes, Thanksgiving counts nothing, Friday 08:00–09:00 the other 60.
        assertThat(ticket.response().dueAt()).isEqualTo(ny("2026-11-27T09:00"));
        assertThat(tickets.get(ticket.id()).response().dueAt().atZone(NEW_YORK).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-27T09:00"));
    }

    @Test
    void a_calendar_change_retimes_open_tickets_and_closed_months_only_when_asked() {
        Fixture f = fixture("RET");
        BusinessCalendarView calendar = calendars.create(newYork("New York office RET", "Mon-Fri 08:00-17:00"));
        policies.create(policy(f, "New York support RET", calendar.id()));
        TicketView closed = p1(f, "RET-1", "2026-06-05T16:30", TicketStatus.RESOLVED, "2026-06-08T09:00");
        // Answered on Monday 08:30: Friday 13:30–17:00 and Monday 08:00–08:30 make 240 minutes, breached.
        TicketView open = p1(f, "RET-2", "2026-11-27T13:30", TicketStatus.IN_PROGRESS, "2026-11-30T08:30");
        assertThat(stored(closed).getResolutionMinutes()).isEqualTo(90);
        assertThat(stored(open).getResponseMinutes()).isEqualTo(240);
        assertThat(stored(open).getResponseOutcome()).isEqualTo(SlaOutcome.BREACHED);

        // From 1 June 2026 Fridays end at 14:00.
        BusinessCalendarDraft shorter = new BusinessCalendarDraft(
                calendar.draft().name(),
                "America/New_York",
                List.of(
                        calendar.draft().weeks().getFirst(),
                        new WorkWeek(
                                LocalDate.of(2026, 6, 1), WorkWeekText.parse("Mon-Thu 08:00-17:00; Fri 08:00-14:00"))),
                calendar.draft().holidays(),
                calendar.draft().version());
        BusinessCalendarView changed = calendars.update(calendar.id(), shorter, null);

        // Friday 13:30–14:00 and Monday 08:00–08:30: 60 minutes, met.
        assertThat(stored(open).getResponseMinutes()).isEqualTo(60);
        assertThat(stored(open).getResponseOutcome()).isEqualTo(SlaOutcome.MET);
        assertThat(stored(closed).getResolutionMinutes())
                .as("a closed month stays as it was measured")
                .isEqualTo(90);
        List<Retiming> runs =
                retimings.findBySubjectAndSubjectIdOrderByIdDesc(Retiming.Subject.CALENDAR, calendar.id());
        assertThat(runs.getFirst().getTickets()).isEqualTo(1);

        calendars.update(
                calendar.id(),
                new BusinessCalendarDraft(
                        shorter.name(),
                        shorter.timeZone(),
                        shorter.weeks(),
                        shorter.holidays(),
                        changed.draft().version()),
                YearMonth.of(2026, 6));
        // Asked from June: Friday 16:30 is after the short Friday, so the clock starts on Monday at 08:00.
        assertThat(stored(closed).getResolutionMinutes()).isEqualTo(60);
        assertThat(retimings
                        .findBySubjectAndSubjectIdOrderByIdDesc(Retiming.Subject.CALENDAR, calendar.id())
                        .getFirst()
                        .getPeriodFrom())
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(calendars.history(calendar.id()))
                .as("re-timing alone changes no calendar")
                .hasSize(2);
    }

    @Test
    void a_retired_policy_keeps_its_tickets_and_takes_no_new_ones_and_a_contract_has_one_in_force() {
        Fixture f = fixture("RTR");
        BusinessCalendarView calendar = calendars.create(newYork("New York office RTR", "Mon-Fri 08:00-17:00"));
        SlaPolicyView first = policies.create(policy(f, "First RTR", calendar.id()));
        assertThatThrownBy(() -> policies.create(policy(f, "Second RTR", calendar.id())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("support.policy.contract-taken");
        TicketView before = p1(f, "RTR-1", "2026-11-24T10:00", TicketStatus.OPEN, null);

        SlaPolicyView retired = policies.retire(first.id(), first.draft().version());
        assertThat(retired.retired()).isTrue();
        assertThatThrownBy(() -> policies.update(first.id(), policy(f, "First RTR", calendar.id()), null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(tickets.get(before.id()).policy()).isEqualTo("First RTR");
        assertThat(p1(f, "RTR-2", "2026-11-30T10:00", TicketStatus.OPEN, null).policyId())
                .isNull();

        SlaPolicyDraft copy = retired.draft().copyFor(f.contractId(), "Second RTR");
        SlaPolicyView second = policies.create(copy);
        assertThat(p1(f, "RTR-3", "2026-12-01T10:00", TicketStatus.OPEN, null).policyId())
                .isEqualTo(second.id());
        assertThat(tickets.get(before.id()).policyId()).isEqualTo(first.id());
    }

    @Test
    void only_admins_and_owners_of_the_contracts_platforms_change_policies_and_calendars() {
        Fixture f = fixture("SEC");
        BusinessCalendarView calendar =
                asMarc(() -> calendars.create(newYork("New York office SEC", "Mon-Fri 08:00-17:00")));
        SlaPolicyView policy = asMarc(() -> policies.create(policy(f, "Support SEC", calendar.id())));

        assertThatThrownBy(() -> TestLogins.as(
                        "olena", () -> policies.create(policy(f, "Other SEC", calendar.id())), Role.PRODUCT_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(
                        "olena",
                        () -> policies.retire(policy.id(), policy.draft().version()),
                        Role.PRODUCT_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(
                        "olena", () -> calendars.update(calendar.id(), calendar.draft(), null), Role.PRODUCT_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestLogins.as(
                        "steve", () -> calendars.create(newYork("Steering SEC", "Mon-Fri 09:00-17:00")), Role.STEERING))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestLogins.as("steve", () -> policies.get(policy.id()).editable(), Role.STEERING))
                .isFalse();
        assertThatThrownBy(() -> asMarc(() -> calendars.update(
                        calendar.id(),
                        new BusinessCalendarDraft(
                                "New York office SEC",
                                "America/New_York",
                                calendar.draft().weeks(),
                                calendar.draft().holidays(),
                                calendar.draft().version() - 1),
                        null)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_calendar_that_the_engine_could_not_use_is_refused_with_a_reason() {
        assertThatThrownBy(() -> calendars.create(new BusinessCalendarDraft(
                        "Nowhere",
                        "Mars/Olympus",
                        List.of(new WorkWeek(LocalDate.of(2026, 1, 1), WorkWeekText.parse("Mon-Fri 08:00-17:00"))),
                        List.of(),
                        null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("support.policy.zone.invalid");
        assertThatThrownBy(
                        () -> calendars.create(new BusinessCalendarDraft("No week", "UTC", List.of(), List.of(), null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("support.calendar.weeks.missing");
        assertThatThrownBy(() -> calendars.create(new BusinessCalendarDraft(
                        "Nameless holiday",
                        "UTC",
                        List.of(new WorkWeek(LocalDate.of(2026, 1, 1), WorkWeekText.parse("Mon 08:00-17:00"))),
                        List.of(new Holiday(LocalDate.of(2026, 12, 25), " ")),
                        null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("support.calendar.holiday.invalid");
    }
}
