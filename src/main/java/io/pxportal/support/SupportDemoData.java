package io.pxportal.support;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: SLA policies for the demo contracts (targets as CCM vendors publish them, uptime and credit tiers
 * from §6.4: 99.9 %, 10/15/25 % below 99.5/95/90 %, cap 25 %), an office calendar per time zone with its holidays, two years of tickets per
 * vendor from a seeded random source (severity mix 5/20/45/30 %, about one in ten waiting on the customer for a
 * while, a few reopened) with Quadient slipping on P2 resolution over the last year, an open P1 at risk, outages
 * on the SaaS platforms with one outage month last month that earns a credit, and an older credit already granted.
 * The SaaS policy's claim window is set so that last month's credit always closes six days from today.
 */
@Component
@Profile("demo")
@Order(50)
class SupportDemoData implements ApplicationRunner {

    static final String SAAS_CONTRACT = "OT-SAAS-2025-7";
    static final String OPEN_P1 = "OTC-P1-4711";
    private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);
    private static final int MONTHS = 24;
    private static final String[] TITLES = {
        "Batch run stops on statements over 500 pages", "Font substitution in PDF/UA output",
        "Question on licence counting for test environment", "Email channel drops attachments over 10 MB",
        "Designer crashes when opening shared content", "Request: accessible tables in statements",
        "Slow preview for interactive letters", "Archive export misses document index",
        "Upgrade guide for the next release", "Barcode misprinted on duplex pages",
        "Timeout calling the on-demand API", "Wrong rounding of amounts in Arabic locale"
    };

    private final SlaPolicyService policies;
    private final BusinessCalendarService calendars;
    private final WorkCalendarRepository calendarRepository;
    private final Map<String, Long> calendarIds = new java.util.HashMap<>();
    private final Map<Long, BusinessCalendar> engineCalendars = new java.util.HashMap<>();
    private final TicketService tickets;
    private final AvailabilityService availability;
    private final CreditService credits;
    private final SlaPolicyRepository repository;
    private final SupportDirectory directory;
    private final Clock clock;

    SupportDemoData(
            SlaPolicyService policies,
            BusinessCalendarService calendars,
            WorkCalendarRepository calendarRepository,
            TicketService tickets,
            AvailabilityService availability,
            CreditService credits,
            SlaPolicyRepository repository,
            SupportDirectory directory,
            Clock clock) {
        this.policies = policies;
        this.calendars = calendars;
        this.calendarRepository = calendarRepository;
        this.tickets = tickets;
        this.availability = availability;
        this.credits = credits;
        this.repository = repository;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        SystemAuthentication.runAs("demo-data", () -> {
            LocalDate today = LocalDate.now(clock);
            Random random = new Random(20260601);
            policy("OT-2019-0042", "OpenText Priority Support", "Europe/Kyiv", null, premium(), 30, today)
                    .ifPresent(p -> tickets(p, 6, random, false));
            // Last month's credit closes six days from today.
            int window = (int)
                    ChronoUnit.DAYS.between(YearMonth.from(today).minusMonths(1).atEndOfMonth(), today.plusDays(6));
            policy(
                            SAAS_CONTRACT,
                            "OpenText Cloud SLA",
                            "Europe/Berlin",
                            new BigDecimal("99.9"),
                            standard(),
                            window,
                            today)
                    .ifPresent(p -> {
                        tickets(p, 4, random, false);
                        outages(p, today, random);
                    });
            policy("QD-MSLA-2021", "Quadient MSLA Standard", "Europe/Paris", null, standard(), 30, today)
                    .ifPresent(p -> tickets(p, 5, random, true));
            policy(
                            "SC-PILOT-2026",
                            "SmartCOMM pilot support",
                            "America/New_York",
                            new BigDecimal("99.5"),
                            standard(),
                            30,
                            today)
                    .ifPresent(p -> tickets(p, 3, random, false));
            policy(
                            "MP-2026-01",
                            "Messagepoint subscription SLA",
                            "Europe/Kyiv",
                            new BigDecimal("99.9"),
                            standard(),
                            30,
                            today)
                    .ifPresent(p -> tickets(p, 3, random, false));
            openP1(today);
        });
        log.info("Demo SLA policies, tickets, outages and credits loaded");
    }

    private java.util.Optional<SlaPolicyView> policy(
            String contractNumber,
            String name,
            String zone,
            BigDecimal uptime,
            Map<Severity, SeverityTarget> targets,
            int claimWindow,
            LocalDate today) {
        return directory.contractNumbered(contractNumber).map(contract -> {
            BigDecimal fee = contract.draft().annualValue() == null
                    ? null
                    : contract.draft().annualValue().divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
            Long calendarId = calendar(zone, today);
            SlaPolicyDraft defaults = SlaPolicyDraft.defaults(
                    contract.id(), name, calendarId, contract.draft().currency(), fee);
            return policies.create(new SlaPolicyDraft(
                    contract.id(),
                    name,
                    calendarId,
                    defaults.pausingStatuses(),
                    uptime,
                    fee,
                    contract.draft().currency(),
                    uptime == null ? null : defaults.creditTiers(),
                    defaults.creditCapPercent(),
                    claimWindow,
                    targets,
                    null));
        });
    }

    /** One office calendar per zone, shared by the policies in that zone: Monday to Friday 9–17, local holidays. */
    private Long calendar(String zone, LocalDate today) {
        String name = zone.substring(zone.indexOf('/') + 1).replace('_', ' ') + " office hours";
        return calendarIds.computeIfAbsent(
                zone,
                z -> calendars
                        .create(new BusinessCalendarDraft(
                                name,
                                z,
                                List.of(WorkWeek.of(
                                        today.minusYears(3).withDayOfYear(1),
                                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                        new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                                holidays(today, z),
                                null))
                        .id());
    }

    /** Fixed-date public holidays of the last three years and this one (Easter and its kin left out). */
    private static List<Holiday> holidays(LocalDate today, String zone) {
        List<Holiday> days = new java.util.ArrayList<>();
        for (int year = today.getYear() - 2; year <= today.getYear() + 1; year++) {
            days.add(new Holiday(LocalDate.of(year, 1, 1), "New Year's Day"));
            days.add(new Holiday(LocalDate.of(year, 12, 25), "Christmas Day"));
            if (zone.equals("America/New_York")) {
                days.add(new Holiday(LocalDate.of(year, 7, 4), "Independence Day"));
                days.add(new Holiday(
                        LocalDate.of(year, 11, 1)
                                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
                        "Thanksgiving"));
            } else {
                days.add(new Holiday(LocalDate.of(year, 5, 1), "Labour Day"));
                days.add(new Holiday(LocalDate.of(year, 12, 26), "Second day of Christmas"));
            }
            if (zone.equals("Europe/Kyiv")) {
                days.add(new Holiday(LocalDate.of(year, 8, 24), "Independence Day"));
            }
        }
        return days;
    }

    /** OpenText Priority Support: P1 30 min / 4 h round the clock, P2 1 h / 2 business days. */
    private static Map<Severity, SeverityTarget> premium() {
        Map<Severity, SeverityTarget> targets = new EnumMap<>(Severity.class);
        targets.put(Severity.P1, new SeverityTarget("Sev 1", 30, 4 * 60, true, new BigDecimal("5")));
        targets.put(Severity.P2, new SeverityTarget("Sev 2", 60, 16 * 60, false, new BigDecimal("2")));
        targets.put(Severity.P3, new SeverityTarget("Sev 3", 4 * 60, 5 * 8 * 60, false, null));
        targets.put(Severity.P4, new SeverityTarget("Sev 4", 8 * 60, 10 * 8 * 60, false, null));
        return targets;
    }

    private static Map<Severity, SeverityTarget> standard() {
        return SlaPolicyDraft.standardTargets();
    }

    /** About {@code perMonth} tickets a month for two years on each platform of the policy's contract. */
    private void tickets(SlaPolicyView policy, int perMonth, Random random, boolean slippingOnP2) {
        Instant now = clock.instant();
        ZoneId zone = policy.zone();
        for (PlatformRef platform : policy.platforms()) {
            String prefix = platform.name().replaceAll("[^A-Z]", "");
            int serial = 1000;
            for (int month = MONTHS - 1; month >= 0; month--) {
                YearMonth ym = YearMonth.now(clock.withZone(zone)).minusMonths(month);
                double progress = (MONTHS - 1 - month) / (double) (MONTHS - 1);
                int count = perMonth + random.nextInt(3) - 1;
                for (int i = 0; i < count; i++) {
                    LocalDate day = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
                    Instant opened = day.atTime(8 + random.nextInt(11), random.nextInt(60))
                            .atZone(zone)
                            .toInstant();
                    if (!opened.isBefore(now.minus(Duration.ofHours(2)))) {
                        continue;
                    }
                    Severity severity = severity(random);
                    boolean slipping = slippingOnP2 && severity == Severity.P2 && progress > 0.5;
                    ticket(policy, platform.id(), prefix + "-" + serial++, severity, opened, random, slipping, now);
                }
            }
        }
    }

    private static Severity severity(Random random) {
        int roll = random.nextInt(100);
        return roll < 5 ? Severity.P1 : roll < 25 ? Severity.P2 : roll < 70 ? Severity.P3 : Severity.P4;
    }

    private void ticket(
            SlaPolicyView policy,
            Long platformId,
            String caseId,
            Severity severity,
            Instant opened,
            Random random,
            boolean slipping,
            Instant now) {
        SeverityTarget target = policy.draft().targets().get(severity);
        BusinessCalendar business = engineCalendars.computeIfAbsent(
                policy.draft().calendarId(),
                id -> calendarRepository.findById(id).orElseThrow().toEngine());
        BusinessCalendar calendar = target.responseRoundTheClock() ? business.aroundTheClock() : business;
        Instant responded =
                calendar.addWorkingTime(opened, minutes(target.responseMinutes(), 0.15 + random.nextDouble() * 0.95));
        TicketCategory category = severity == Severity.P4 && random.nextBoolean()
                ? TicketCategory.ENHANCEMENT
                : severity == Severity.P4 ? TicketCategory.QUESTION : TicketCategory.DEFECT;
        String title = TITLES[random.nextInt(TITLES.length)];
        TicketView ticket = tickets.record(new TicketDraft(
                        platformId,
                        caseId,
                        severity,
                        category,
                        title,
                        opened,
                        null,
                        null,
                        before(responded, now),
                        null,
                        null,
                        null))
                .ticket();
        double share = slipping ? 0.6 + random.nextDouble() * 0.9 : 0.25 + random.nextDouble() * 0.9;
        Instant cursor = responded;
        Duration left = minutes(target.resolutionMinutes(), share);
        if (ticket.history().isEmpty()) {
            return; // not answered yet
        }
        if (random.nextInt(10) < 3 && severity != Severity.P1) {
            // The vendor asks for logs halfway through; the customer answers one to three days later.
            Duration half = left.dividedBy(2);
            Instant asked = calendar.addWorkingTime(cursor, half);
            Instant answered = asked.plus(Duration.ofHours(20 + random.nextInt(50)));
            if (answered.isAfter(now)) {
                return;
            }
            ticket = change(ticket, TicketStatus.WAITING_ON_CUSTOMER, asked);
            ticket = change(ticket, TicketStatus.IN_PROGRESS, answered);
            cursor = answered;
            left = left.minus(half);
        }
        Instant resolved = calendar.addWorkingTime(cursor, left);
        if (resolved == null || resolved.isAfter(now)) {
            return;
        }
        ticket = change(ticket, TicketStatus.RESOLVED, resolved);
        if (random.nextInt(30) == 0) {
            Instant reopened = resolved.plus(Duration.ofDays(2));
            Instant again = calendar.addWorkingTime(reopened, minutes(target.resolutionMinutes(), 0.2));
            if (again != null && again.isBefore(now)) {
                change(change(ticket, TicketStatus.IN_PROGRESS, reopened), TicketStatus.RESOLVED, again);
            }
        } else if (resolved.plus(Duration.ofDays(5)).isBefore(now)) {
            change(ticket, TicketStatus.CLOSED, resolved.plus(Duration.ofDays(5)));
        }
    }

    private TicketView change(TicketView ticket, TicketStatus status, Instant at) {
        return tickets.changeStatus(ticket.id(), status, at, ticket.version());
    }

    /** A P1 on the Exstream platform, answered, with 3.5 of its 4 hours used: at risk. */
    private void openP1(LocalDate today) {
        directory.platformNamed("Exstream Statements").ifPresent(platform -> {
            Instant now = clock.instant();
            Instant opened = now.minus(Duration.ofMinutes(210));
            tickets.record(new TicketDraft(
                    platform.id(),
                    OPEN_P1,
                    Severity.P1,
                    TicketCategory.DEFECT,
                    "Statement batch aborts in production, no output since the night run",
                    opened,
                    null,
                    null,
                    opened.plus(Duration.ofMinutes(18)),
                    null,
                    null,
                    null));
        });
    }

    /**
     * Planned maintenance on the first Sunday of each month (one hour), short unplanned drops, a 40-hour outage
     * three months ago (credit granted) and a 5-hour one last month (credit owed, window closing).
     */
    private void outages(SlaPolicyView policy, LocalDate today, Random random) {
        ZoneId zone = policy.zone();
        YearMonth current = YearMonth.from(today);
        for (PlatformRef platform : policy.platforms()) {
            for (int m = MONTHS - 1; m >= 1; m--) {
                YearMonth month = current.minusMonths(m);
                LocalDate sunday = month.atDay(1);
                while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    sunday = sunday.plusDays(1);
                }
                Instant start = sunday.atTime(6, 0).atZone(zone).toInstant();
                outage(platform.id(), start, Duration.ofHours(1), true, "Scheduled maintenance window");
                if (random.nextInt(3) == 0) {
                    Instant drop = month.atDay(10 + random.nextInt(10))
                            .atTime(14, random.nextInt(60))
                            .atZone(zone)
                            .toInstant();
                    outage(
                            platform.id(),
                            drop,
                            Duration.ofMinutes(8 + random.nextInt(25)),
                            false,
                            "Intermittent HTTP 503 from the rendering service");
                }
            }
            Instant big =
                    current.minusMonths(3).atDay(12).atTime(2, 0).atZone(zone).toInstant();
            outage(platform.id(), big, Duration.ofHours(40), false, "Storage failure in the provider's region");
            Instant last =
                    current.minusMonths(1).atDay(17).atTime(9, 30).atZone(zone).toInstant();
            outage(platform.id(), last, Duration.ofHours(5), false, "Rendering cluster down after a faulty deployment");
        }
        YearMonth granted = current.minusMonths(3);
        credits.credits(granted, granted).stream()
                .filter(c -> c.policyId().equals(policy.id()))
                .findFirst()
                .ifPresent(c -> {
                    if (c.assessment().earned() && c.creditId() == null) {
                        // Claimed back then, a week after the month ended.
                        CreditView claimed = credits.claimOn(
                                policy.id(),
                                granted,
                                "Claimed by e-mail to the account " + "manager",
                                granted.plusMonths(1).atDay(7));
                        credits.grant(
                                claimed.creditId(),
                                claimed.claimedAmount(),
                                "CN-" + granted.toString().replace("-", "") + "-017",
                                claimed.version());
                    }
                });
    }

    private void outage(Long platformId, Instant start, Duration length, boolean planned, String description) {
        if (start.isBefore(clock.instant())) {
            availability.record(new OutageDraft(platformId, start, start.plus(length), planned, description, null));
        }
    }

    private static Instant before(Instant moment, Instant now) {
        return moment == null || moment.isAfter(now) ? null : moment;
    }

    private static Duration minutes(int targetMinutes, double share) {
        return Duration.ofMinutes(Math.max(1, Math.round(targetMinutes * share)));
    }
}
