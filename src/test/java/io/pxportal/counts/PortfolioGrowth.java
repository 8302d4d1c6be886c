package io.pxportal.counts;

import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.experience.CatalogueService;
import io.pxportal.experience.MetricSource;
import io.pxportal.experience.ObservationDraft;
import io.pxportal.experience.ObservationService;
import io.pxportal.finance.BudgetDraft;
import io.pxportal.finance.BudgetService;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineDraft;
import io.pxportal.finance.CostLineService;
import io.pxportal.finance.FinanceSettingsService;
import io.pxportal.governance.ActionDraft;
import io.pxportal.governance.AlertService;
import io.pxportal.governance.ReviewDraft;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringActionService;
import io.pxportal.governance.SteeringService;
import io.pxportal.licensing.EntitlementDraft;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.MeasurementDraft;
import io.pxportal.licensing.MeasurementSource;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.Deployment;
import io.pxportal.portfolio.Lifecycle;
import io.pxportal.portfolio.PlatformDraft;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorDraft;
import io.pxportal.portfolio.VendorService;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.roadmap.Quarter;
import io.pxportal.roadmap.RatingService;
import io.pxportal.roadmap.RoadmapItemDraft;
import io.pxportal.roadmap.RoadmapItemService;
import io.pxportal.shared.security.SystemAuthentication;
import io.pxportal.support.BusinessCalendarDraft;
import io.pxportal.support.BusinessCalendarService;
import io.pxportal.support.Severity;
import io.pxportal.support.SlaPolicyDraft;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.TicketCategory;
import io.pxportal.support.TicketDraft;
import io.pxportal.support.TicketService;
import io.pxportal.support.TicketStatus;
import io.pxportal.support.WorkWeek;
import io.pxportal.support.WorkingHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Adds platforms to the demo portfolio with everything a view may list or sum for each: a vendor, a contract whose
 * notice deadline is near (an alert for its owner), an entitlement with a year of usage, an SLA policy with
 * tickets, cost lines and a budget, a rated roadmap item, experience observations. Each batch is also put before a
 * steering review of its own with an action per platform, so the review page and the pack cover every platform
 * added so far. Written through the services, as the system user, so every summary a service keeps is kept.
 */
@Component
public class PortfolioGrowth {

    /** The product owner who owns the added platforms and their contracts and actions. */
    public static final String OWNER = "olena";

    private final VendorService vendors;
    private final PlatformService platforms;
    private final ContractService contracts;
    private final EntitlementService entitlements;
    private final UsageService usage;
    private final BusinessCalendarService calendars;
    private final SlaPolicyService policies;
    private final TicketService tickets;
    private final CostLineService costLines;
    private final BudgetService budgets;
    private final FinanceSettingsService financeSettings;
    private final ObjectiveService objectives;
    private final RoadmapItemService items;
    private final RatingService ratings;
    private final CatalogueService catalogues;
    private final ObservationService observations;
    private final SteeringService steering;
    private final SteeringActionService steeringActions;
    private final AlertService alerts;
    private final Clock clock;

    private final List<Long> added = new ArrayList<>();
    private Long calendarId;
    private Long latestReview;

    PortfolioGrowth(
            VendorService vendors,
            PlatformService platforms,
            ContractService contracts,
            EntitlementService entitlements,
            UsageService usage,
            BusinessCalendarService calendars,
            SlaPolicyService policies,
            TicketService tickets,
            CostLineService costLines,
            BudgetService budgets,
            FinanceSettingsService financeSettings,
            ObjectiveService objectives,
            RoadmapItemService items,
            RatingService ratings,
            CatalogueService catalogues,
            ObservationService observations,
            SteeringService steering,
            SteeringActionService steeringActions,
            AlertService alerts,
            Clock clock) {
        this.vendors = vendors;
        this.platforms = platforms;
        this.contracts = contracts;
        this.entitlements = entitlements;
        this.usage = usage;
        this.calendars = calendars;
        this.policies = policies;
        this.tickets = tickets;
        this.costLines = costLines;
        this.budgets = budgets;
        this.financeSettings = financeSettings;
        this.objectives = objectives;
        this.items = items;
        this.ratings = ratings;
        this.catalogues = catalogues;
        this.observations = observations;
        this.steering = steering;
        this.steeringActions = steeringActions;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** How many platforms this fixture has added so far. */
    public int added() {
        return added.size();
    }

    /** The platforms added so far. */
    public Set<Long> platforms() {
        return Set.copyOf(added);
    }

    /** The review over every platform added so far (made by the last {@link #add}). */
    public Long latestReview() {
        return latestReview;
    }

    /** Adds {@code count} platforms with their records, then a review of all added so far, and runs the alert scan. */
    public void add(int count) {
        SystemAuthentication.runAs("statement-counts", () -> {
            for (int i = 0; i < count; i++) {
                added.add(platform(added.size() + 1));
            }
            ReviewView review = steering.createReview(new ReviewDraft(
                    "Growth review " + added.size(),
                    reviewDay(),
                    new HashSet<>(added),
                    Set.of(OWNER, "steering"),
                    null,
                    null));
            for (int i = 0; i < added.size(); i++) {
                steeringActions.addAction(
                        review.id(),
                        new ActionDraft(
                                "Follow-up " + added.size() + "-" + (i + 1),
                                OWNER,
                                LocalDate.now(clock).plusDays(i % 2 == 0 ? -3 : 14),
                                null));
            }
            latestReview = review.id();
            alerts.scanNow();
        });
    }

    /** The day the added reviews are held on. */
    public LocalDate reviewDay() {
        return LocalDate.now(clock).plusDays(7);
    }

    private Long platform(int n) {
        LocalDate today = LocalDate.now(clock);
        String name = String.format("Growth %03d", n);
        Long vendorId = vendors.create(
                        new VendorDraft(name + " Vendor", "DE", null, "Manager " + n, null, List.of(), null))
                .id();
        Long platformId = platforms
                .create(new PlatformDraft(
                        name + " Platform",
                        vendorId,
                        "Suite " + n,
                        "1." + n,
                        Deployment.SAAS,
                        Lifecycle.SUSTAIN,
                        Set.of(PlatformEnvironment.PRODUCTION, PlatformEnvironment.TEST),
                        Set.of("Unit " + n),
                        Set.of(OWNER),
                        null,
                        null))
                .id();
        // Term ends in 80 days with 90 days' notice: the deadline has just passed, an alert for the owner.
        ContractView contract = contracts.create(new ContractDraft(
                "GROW-" + n,
                name + " subscription",
                vendorId,
                Set.of(platformId),
                OWNER,
                today.plusDays(80).minusYears(1),
                12,
                RenewalType.AUTOMATIC,
                12,
                90,
                NoticeUnit.DAYS,
                0,
                null,
                "EUR",
                new BigDecimal("120000.00"),
                UpliftType.FIXED,
                new BigDecimal("3"),
                null,
                null,
                null,
                null,
                null,
                null));
        Long entitlementId = entitlements
                .create(new EntitlementDraft(
                        contract.id(),
                        platformId,
                        name + " users",
                        LicenceMetric.NAMED_USER,
                        new BigDecimal("20"),
                        new BigDecimal("1000"),
                        new BigDecimal("1200"),
                        new BigDecimal("20"),
                        null,
                        null,
                        false,
                        null))
                .id();
        for (int m = 11; m >= 0; m--) {
            usage.record(new MeasurementDraft(
                    entitlementId,
                    PlatformEnvironment.PRODUCTION,
                    YearMonth.from(today).minusMonths(m).atDay(1),
                    null,
                    BigDecimal.valueOf(12 + m % 5),
                    MeasurementSource.MANUAL,
                    null));
        }
        SlaPolicyDraft defaults = SlaPolicyDraft.defaults(
                contract.id(), name + " SLA", calendar(today), "EUR", new BigDecimal("10000.00"));
        policies.create(defaults);
        tickets(platformId, name, today);
        costs(platformId, vendorId, contract.id(), today);
        roadmap(vendorId, platformId, name, today);
        experience(platformId, today);
        return platformId;
    }

    private Long calendar(LocalDate today) {
        if (calendarId == null) {
            calendarId = calendars
                    .create(new BusinessCalendarDraft(
                            "Growth office hours",
                            "Europe/Berlin",
                            List.of(WorkWeek.of(
                                    today.minusYears(2).withDayOfYear(1),
                                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                    new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                            List.of(),
                            null))
                    .id();
        }
        return calendarId;
    }

    /** Four tickets over the last months: two resolved, one waiting on the vendor, one just opened. */
    private void tickets(Long platformId, String name, LocalDate today) {
        Instant now = clock.instant();
        for (int t = 0; t < 4; t++) {
            Instant opened = now.minus(Duration.ofDays(20L * (t + 1)));
            boolean resolved = t >= 2;
            tickets.record(new TicketDraft(
                    platformId,
                    name.replace(' ', '-') + "-" + t,
                    t == 0 ? Severity.P1 : Severity.P3,
                    TicketCategory.DEFECT,
                    "Case " + t + " of " + name,
                    opened,
                    resolved ? TicketStatus.RESOLVED : TicketStatus.IN_PROGRESS,
                    null,
                    opened.plus(Duration.ofHours(t == 0 ? 3 : 1)),
                    resolved ? opened.plus(Duration.ofDays(3)) : null,
                    null,
                    null));
        }
    }

    /** Six months of actual licence costs, a committed maintenance line, and this fiscal year's budget. */
    private void costs(Long platformId, Long vendorId, Long contractId, LocalDate today) {
        for (int m = 0; m < 6; m++) {
            costLines.create(new CostLineDraft(
                    "GROW-" + platformId + "-" + m,
                    platformId,
                    vendorId,
                    contractId,
                    CostCategory.LICENCE,
                    CostKind.ACTUAL,
                    YearMonth.from(today).minusMonths(m),
                    new BigDecimal("10000.00"),
                    "EUR",
                    null,
                    null));
        }
        costLines.create(new CostLineDraft(
                "GROW-" + platformId + "-C",
                platformId,
                vendorId,
                contractId,
                CostCategory.MAINTENANCE,
                CostKind.COMMITTED,
                YearMonth.from(today).plusMonths(2),
                new BigDecimal("5000.00"),
                "USD",
                null,
                null));
        int fiscalYear = financeSettings.get().calendar().fiscalYearOf(today);
        budgets.create(new BudgetDraft(
                platformId, fiscalYear, CostCategory.LICENCE, new BigDecimal("150000.00"), "EUR", null));
    }

    private void roadmap(Long vendorId, Long platformId, String name, LocalDate today) {
        Long itemId = items.create(new RoadmapItemDraft(
                        vendorId,
                        "Suite",
                        name + " feature",
                        ItemType.FEATURE,
                        Quarter.of(today).plus(1),
                        ItemStatus.COMMITTED,
                        null,
                        null,
                        null,
                        Set.of(platformId),
                        null))
                .id();
        for (ObjectiveView objective : objectives.list()) {
            ratings.rate(itemId, objective.id(), 2, "fits", null);
        }
    }

    private void experience(Long platformId, LocalDate today) {
        io.pxportal.experience.Quarter last =
                io.pxportal.experience.Quarter.of(today).plus(-1);
        List<ObservationDraft> drafts = catalogues.current().metrics().stream()
                .filter(m -> m.source() == MetricSource.MANUAL || m.source() == MetricSource.IMPORTED)
                .map(m -> new ObservationDraft(
                        platformId,
                        m.code(),
                        last,
                        m.floor().add(m.target()).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP),
                        null,
                        null))
                .toList();
        observations.saveAll(platformId, last, drafts);
    }
}
