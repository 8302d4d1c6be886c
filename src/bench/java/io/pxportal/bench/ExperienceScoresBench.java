package io.pxportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.experience.Dimension;
import io.pxportal.experience.MetricSource;
import io.pxportal.experience.Pillar;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.QuarterScore;
import io.pxportal.experience.ScoreInputsBench;
import io.pxportal.experience.ScoreService;
import io.pxportal.experience.Scorecard;
import io.pxportal.experience.ui.ScorecardChartsBench;
import io.pxportal.finance.BudgetDraft;
import io.pxportal.finance.BudgetService;
import io.pxportal.finance.CostCategory;
import io.pxportal.finance.CostKind;
import io.pxportal.finance.CostLineDraft;
import io.pxportal.finance.CostLineService;
import io.pxportal.licensing.EntitlementDraft;
import io.pxportal.licensing.EntitlementService;
import io.pxportal.licensing.LicenceMetric;
import io.pxportal.licensing.MeasurementDraft;
import io.pxportal.licensing.MeasurementSource;
import io.pxportal.licensing.UsageService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.card.PlatformCardSource;
import io.pxportal.shared.metric.DerivedMetricSource;
import io.pxportal.shared.metric.MetricPeriod;
import io.pxportal.shared.security.SystemAuthentication;
import io.pxportal.support.Severity;
import io.pxportal.support.SlaPolicyDraft;
import io.pxportal.support.SlaPolicyService;
import io.pxportal.support.TicketCategory;
import io.pxportal.support.TicketDraft;
import io.pxportal.support.TicketService;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The experience scores benchmark: (a) every score of 50 platforms over 8 quarters, as the portal computes it, and (b) what the
 * scorecard page asks the server for when it opens one platform. The portal's Spring context runs with the demo data
 * at {@code px.demo.scale=16} (5 named + 45 generated platforms) on H2 in memory — the context the integration tests
 * use. Experience's demo data (observations, pulse answers) covers all 50, but that of contracts, licensing, finance
 * and support only the 5 named platforms, so this bench first gives every generated platform, through the portal's
 * own services, a contract, two licence pools with 24 months of usage, 24 months of costs with yearly budgets, and an
 * SLA policy with two tickets a month: the derived metrics then have records to read for all 50. (Roadmap and
 * governance records stay those of the demo.) Not a test: only the {@code bench} profile compiles it
 * (src/bench/experience.sh); it writes target/bench/experience-results.md.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "px.demo.scale=16")
class ExperienceScoresBench {

    private static final int WARMUP = Integer.getInteger("bench.exp.warmup", 3);
    private static final int ROUNDS = Integer.getInteger("bench.exp.rounds", 9);
    private static final int PAGE_WARMUP = Integer.getInteger("bench.exp.page-warmup", 20);
    private static final int PAGES = Integer.getInteger("bench.exp.pages", 50);
    private static final int QUARTERS = 8;
    private static final int MONTHS = 24;

    @Autowired
    ScoreService scores;

    @Autowired
    PlatformService platforms;

    @Autowired
    ContractService contracts;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    @Autowired
    CostLineService costs;

    @Autowired
    BudgetService budgets;

    @Autowired
    SlaPolicyService policies;

    @Autowired
    io.pxportal.support.BusinessCalendarService calendars;

    /** The one office calendar every bench policy runs on, created with the first. */
    private Long benchCalendar;

    @Autowired
    TicketService tickets;

    @Autowired
    I18NProvider i18n;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    private TransactionTemplate readOnly;

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void experience_scores() throws IOException {
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        List<PlatformDetails> all = platforms.page(PlatformFilter.all(), PageRequest.of(0, 200, Sort.by("id")));
        assertThat(all).as("demo data at scale 16").hasSize(50);
        long dataStart = System.nanoTime();
        int generated = generateRecords(all);
        long dataMillis = (System.nanoTime() - dataStart) / 1_000_000;
        List<Long> ids = all.stream().map(PlatformDetails::id).toList();
        Quarter now = Quarter.of(LocalDate.now(clock));

        List<String> out = new ArrayList<>();
        out.add("Java " + Runtime.version() + ", H2 in memory, demo data at px.demo.scale=16: " + all.size()
                + " platforms; contracts, licence pools with usage, costs with budgets, SLA policies with tickets ("
                + MONTHS
                + " months) generated for "
                + generated + " platforms in " + dataMillis + " ms.");
        out.add("");
        out.add("Derived metric sources in the context: " + sources() + ".");
        out.add("");
        out.add(coverage(ids, now));
        out.add("");

        // (a) all scores: the portal's own many-platform call, 8 quarters up to the current one
        long coldStart = System.nanoTime();
        Map<Long, List<QuarterScore>> first = scores.trends(ids, now, QUARTERS);
        long cold = (System.nanoTime() - coldStart) / 1_000_000;
        assertThat(first)
                .hasSize(50)
                .allSatisfy((id, trend) -> assertThat(trend).hasSize(QUARTERS));
        long[] batch =
                time(WARMUP, ROUNDS, () -> scores.trends(ids, now, QUARTERS).size());
        long[] single = time(1, ROUNDS, () -> {
            int n = 0;
            for (int i = QUARTERS - 1; i >= 0; i--) {
                for (Long id : ids) {
                    n += scores.scorecard(id, now.plus(-i)).metrics().size();
                }
            }
            return n;
        });
        out.add("(a) every score of 50 platforms × 8 quarters (" + ids.size() * QUARTERS
                + " scorecards); the very first " + "call of the JVM took " + cold + " ms:");
        out.add("");
        out.add("| how | warm-up | rounds | median ms | p90 ms | min ms | max ms |");
        out.add("|---|---:|---:|---:|---:|---:|---:|");
        out.add(row(
                "`ScoreService.trends(50 platforms, " + now + ", 8)` — one call, per quarter all platforms at once",
                WARMUP,
                batch));
        out.add(row("`ScoreService.scorecard(platform, quarter)` × 400 — one call per scorecard", 1, single));
        out.add("");
        write(out); // (a) is kept even if a later part fails
        out.add(sourceTimes(ids, now));
        out.add("");
        out.add(inputTimes(ids, now));
        out.add("");
        out.add(cardPage());
        out.add("");
        write(out);

        // (b) the scorecard page of one platform: what ScorecardView.beforeEnter and show() ask for, plus the two
        // chart images the browser fetches right after
        long[] services = new long[PAGES];
        long[] charts = new long[PAGES];
        long[] page = new long[PAGES];
        for (int i = -PAGE_WARMUP; i < PAGES; i++) {
            Long id = ids.get(Math.floorMod(i, ids.size()));
            long start = System.nanoTime();
            PlatformRef ref = platforms.refsByIds(Set.of(id)).get(id);
            List<QuarterScore> trend =
                    scores.trends(Set.of(ref.id()), now, QUARTERS).get(id);
            Scorecard card = trend.getLast().scorecard();
            int touched = card.drivers().size() + card.drivers(Dimension.PX).size();
            for (Pillar p : Pillar.values()) {
                touched += card.drivers(p).size();
            }
            long mid = System.nanoTime();
            int svg = ScorecardChartsBench.render(i18n, Locale.ENGLISH, card, trend);
            long end = System.nanoTime();
            assertThat(svg + touched).isPositive();
            if (i >= 0) {
                services[i] = (mid - start) / 1_000_000;
                charts[i] = (end - mid) / 1_000_000;
                page[i] = (end - start) / 1_000_000;
            }
        }
        Arrays.sort(services);
        Arrays.sort(charts);
        Arrays.sort(page);
        out.add("(b) the scorecard page of one platform, " + PAGES + " pages (the 50 platforms in turn) after "
                + PAGE_WARMUP + " warm-up pages:");
        out.add("");
        out.add("| part | median ms | p90 ms | min ms | max ms |");
        out.add("|---|---:|---:|---:|---:|");
        out.add(pageRow("services: platform, 8 quarters of scores, drivers", services));
        out.add(pageRow("charts: radar and trend built, styled and rendered to SVG", charts));
        out.add(pageRow("**page: both together**", page));
        out.add("");
        out.add(statements(ids, now));
        out.add("");
        out.add("| load average after | "
                + Files.readString(Path.of("/proc/loadavg")).strip() + " |");
        out.add("|---|---|");

        System.out.println(write(out));
    }

    private static String write(List<String> lines) throws IOException {
        String report = String.join("\n", lines) + "\n";
        Path file = Path.of(System.getProperty("bench.exp.out", "target/bench/experience-results.md"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        return report;
    }

    /**
     * A contract renewing yearly (90 days' notice; the generated platforms' deadlines fall in different weeks) and
     * two pools — named users counted monthly, documents per year as monthly volumes — for every platform that has
     * no contract yet, with {@value #MONTHS} months of usage up to today. Amounts vary by platform, so some pools
     * are short and some have shelfware.
     */
    private int generateRecords(List<PlatformDetails> all) {
        LocalDate today = LocalDate.now(clock);
        int[] count = {0};
        SystemAuthentication.runAs("bench-data", () -> {
            for (PlatformDetails p : all) {
                if (!p.name().startsWith("Demo Platform")) {
                    continue; // the named platforms have their demo contracts and pools
                }
                int k = count[0]++;
                ContractView contract = contracts.create(new ContractDraft(
                        "BENCH-" + p.id(),
                        "Bench licence " + p.name(),
                        p.vendor().id(),
                        Set.of(p.id()),
                        null,
                        today.minusYears(3).minusDays(k * 8L),
                        12,
                        RenewalType.AUTOMATIC,
                        12,
                        90,
                        NoticeUnit.DAYS,
                        0,
                        null,
                        "EUR",
                        BigDecimal.valueOf(100_000 + k * 1000L),
                        UpliftType.NONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
                Long seats = entitlements
                        .create(new EntitlementDraft(
                                contract.id(),
                                p.id(),
                                "Designer seats",
                                LicenceMetric.NAMED_USER,
                                BigDecimal.valueOf(20),
                                new BigDecimal("1500"),
                                new BigDecimal("1800"),
                                new BigDecimal("20"),
                                null,
                                null,
                                false,
                                null))
                        .id();
                Long documents = entitlements
                        .create(new EntitlementDraft(
                                contract.id(),
                                p.id(),
                                "Documents",
                                LicenceMetric.DOCUMENTS_PER_YEAR,
                                BigDecimal.valueOf(12_000_000),
                                new BigDecimal("0.01"),
                                new BigDecimal("0.015"),
                                new BigDecimal("20"),
                                null,
                                null,
                                false,
                                null))
                        .id();
                costsAndBudgets(p.id(), contract.id(), k, today);
                tickets(p.id(), contract, k);
                YearMonth current = YearMonth.from(today);
                for (int m = MONTHS - 1; m >= 0; m--) {
                    YearMonth month = current.minusMonths(m);
                    usage.record(new MeasurementDraft(
                            seats,
                            PlatformEnvironment.PRODUCTION,
                            month.atDay(1),
                            null,
                            BigDecimal.valueOf(12 + (k % 12) + (MONTHS - m) / 4),
                            MeasurementSource.MANUAL,
                            null));
                    if (m > 0) {
                        usage.record(new MeasurementDraft(
                                documents,
                                PlatformEnvironment.PRODUCTION,
                                month.atDay(1),
                                month.atEndOfMonth(),
                                BigDecimal.valueOf(800_000L + k * 15_000L),
                                MeasurementSource.IMPORTED,
                                null));
                    }
                }
            }
        });
        return count[0];
    }

    /**
     * Finance: the contract's maintenance invoiced monthly for {@value #MONTHS} months (this month committed), and a
     * maintenance budget for each year around them — 4 to 16 % under or over what is spent, depending on the platform.
     */
    private void costsAndBudgets(Long platformId, Long contractId, int k, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        BigDecimal monthly = BigDecimal.valueOf(8_000 + k * 100L);
        for (int m = MONTHS - 1; m >= 0; m--) {
            YearMonth month = current.minusMonths(m);
            costs.create(new CostLineDraft(
                    "BENCH-" + platformId + "-" + month,
                    platformId,
                    null,
                    contractId,
                    CostCategory.MAINTENANCE,
                    m == 0 ? CostKind.COMMITTED : CostKind.ACTUAL,
                    month,
                    monthly,
                    "EUR",
                    "Bench maintenance",
                    null));
        }
        BigDecimal annual =
                monthly.multiply(BigDecimal.valueOf(12L * (88 + (k % 5) * 6))).movePointLeft(2);
        for (int year = today.getYear() - 3; year <= today.getYear() + 1; year++) {
            budgets.create(new BudgetDraft(platformId, year, CostCategory.MAINTENANCE, annual, "EUR", null));
        }
    }

    /**
     * Support: an SLA policy (the defaults) on the contract, and two tickets a month for {@value #MONTHS} months,
     * answered and resolved within 20 % to 160 % of their targets, the last ones still open.
     */
    private void tickets(Long platformId, ContractView contract, int k) {
        if (benchCalendar == null) {
            benchCalendar = calendars
                    .create(new io.pxportal.support.BusinessCalendarDraft(
                            "Bench Berlin office",
                            "Europe/Berlin",
                            java.util.List.of(io.pxportal.support.WorkWeek.of(
                                    java.time.LocalDate.of(2000, 1, 1),
                                    java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                                    new io.pxportal.support.WorkingHours(
                                            java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)))),
                            java.util.List.of(),
                            null))
                    .id();
        }
        policies.create(SlaPolicyDraft.defaults(
                contract.id(), "Bench SLA " + platformId, benchCalendar, "EUR", BigDecimal.valueOf(8_000)));
        Random random = new Random(1000L + k);
        Instant now = clock.instant();
        Severity[] severities = Severity.values();
        for (int i = 0; i < MONTHS * 2; i++) {
            Instant opened =
                    now.minus(Duration.ofDays(MONTHS * 30L - i * 15L)).minus(Duration.ofHours(random.nextInt(10)));
            Severity severity = severities[1 + random.nextInt(severities.length - 1)];
            Instant responded = opened.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            Instant resolved = responded.plus(Duration.ofHours(4 + random.nextInt(200)));
            tickets.record(new TicketDraft(
                    platformId,
                    "BENCH-" + platformId + "-" + i,
                    severity,
                    TicketCategory.DEFECT,
                    "Bench ticket " + i,
                    opened,
                    null,
                    null,
                    responded.isBefore(now) ? responded : null,
                    resolved.isBefore(now) ? resolved : null,
                    null,
                    null));
        }
    }

    /** The derived sources present, with their metric codes: the lead re-runs this after merging more of them. */
    private String sources() {
        Set<String> found = new TreeSet<>();
        context.getBeansOfType(DerivedMetricSource.class)
                .values()
                .forEach(s -> found.add(s.getClass().getSimpleName().replaceAll("\\$\\$.*", "") + " "
                        + new TreeSet<>(s.metricCodes())));
        return String.join(", ", found);
    }

    /** Where (a)'s time goes: each derived source alone, asked as the scores ask it (its codes, 8 quarters, 50). */
    private String sourceTimes(List<Long> ids, Quarter now) {
        List<String> lines = new ArrayList<>();
        lines.add("Derived sources alone, for the same 50 platforms × 8 quarters (one call per source for all eight "
                + "quarters, as ScoreService makes it; 1 warm-up, " + ROUNDS + " rounds):");
        lines.add("");
        lines.add("| source | median ms | min ms | max ms |");
        lines.add("|---|---:|---:|---:|");
        LocalDate today = LocalDate.now(clock);
        for (DerivedMetricSource source :
                context.getBeansOfType(DerivedMetricSource.class).values()) {
            List<MetricPeriod> periods = new ArrayList<>();
            for (int i = QUARTERS - 1; i >= 0; i--) {
                Quarter q = now.plus(-i);
                periods.add(new MetricPeriod(q.start(), q.end().isAfter(today) ? today : q.end()));
            }
            // inside a read-only transaction, as ScoreService calls the sources
            long[] t = time(
                    1,
                    ROUNDS,
                    () -> 1
                            + readOnly.execute(tx -> source.values(source.metricCodes(), ids, periods)
                                    .size()));
            lines.add("| %s | %d | %d | %d |"
                    .formatted(
                            source.getClass().getSimpleName().replaceAll("\\$\\$.*", ""),
                            median(t),
                            t[0],
                            t[t.length - 1]));
        }
        return String.join("\n", lines);
    }

    /** The rest of (a)'s inputs alone: catalogue versions, observations and pulse means over the same quarters. */
    private String inputTimes(List<Long> ids, Quarter now) {
        List<String> lines = new ArrayList<>();
        lines.add("The other inputs alone, for the same 50 platforms × 8 quarters (as ScoreService asks them, in a "
                + "read-only transaction; 1 warm-up, " + ROUNDS + " rounds):");
        lines.add("");
        lines.add("| input | median ms | min ms | max ms |");
        lines.add("|---|---:|---:|---:|");
        Map<String, Supplier<Integer>> inputs = new java.util.LinkedHashMap<>();
        inputs.put("catalogue versions", () -> ScoreInputsBench.catalogues(context, now, QUARTERS));
        inputs.put("observations", () -> ScoreInputsBench.observations(context, ids, now, QUARTERS));
        inputs.put("pulse means", () -> ScoreInputsBench.pulse(context, ids, now, QUARTERS));
        inputs.forEach((what, work) -> {
            long[] t = time(1, ROUNDS, () -> readOnly.execute(tx -> work.get()));
            lines.add("| %s | %d | %d | %d |".formatted(what, median(t), t[0], t[t.length - 1]));
        });
        return String.join("\n", lines);
    }

    /**
     * One page of the portfolio's cards: what {@code PortfolioView} asks every {@link PlatformCardSource} for (the
     * first 24 platforms by name, as a steering user sees them), each source alone and all of them together.
     */
    private String cardPage() {
        List<Long> page = platforms.page(PlatformFilter.all(), PageRequest.of(0, 24, Sort.by("name"))).stream()
                .map(PlatformDetails::id)
                .toList();
        Map<String, PlatformCardSource> sources = new java.util.TreeMap<>();
        context.getBeansOfType(PlatformCardSource.class)
                .values()
                .forEach(s -> sources.put(s.getClass().getSimpleName().replaceAll("\\$\\$.*", ""), s));
        List<String> lines = new ArrayList<>();
        lines.add("A page of portfolio cards (" + page.size() + " platforms), each card source alone and all together "
                + "(3 warm-up, " + ROUNDS + " rounds):");
        lines.add("");
        lines.add("| card source | median ms | min ms | max ms |");
        lines.add("|---|---:|---:|---:|");
        sources.forEach((name, source) -> {
            long[] t = time(3, ROUNDS, () -> source.facts(page).size() + 1);
            lines.add("| %s | %d | %d | %d |".formatted(name, median(t), t[0], t[t.length - 1]));
        });
        long[] all = time(3, ROUNDS, () -> {
            int n = 1;
            for (PlatformCardSource source : sources.values()) {
                n += source.facts(page).size();
            }
            return n;
        });
        lines.add("| **the page: all sources** | %d | %d | %d |".formatted(median(all), all[0], all[all.length - 1]));
        return String.join("\n", lines);
    }

    /** SQL statements Hibernate prepares for (a) and for one page (UsageSummaries' own JDBC query not counted). */
    private String statements(List<Long> ids, Quarter now) {
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            scores.trends(ids, now, QUARTERS);
            long all = stats.getPrepareStatementCount();
            stats.clear();
            Long id = ids.getFirst();
            platforms.refsByIds(Set.of(id));
            scores.trends(Set.of(id), now, QUARTERS);
            long page = stats.getPrepareStatementCount();
            return "SQL statements prepared through Hibernate (statistics on only for this count): (a) " + all
                    + ", one scorecard page " + page + ".";
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    /** How many of the 50 platforms have data, per quarter: TX, and each derived metric of the catalogue. */
    private String coverage(Collection<Long> ids, Quarter now) {
        List<String> lines = new ArrayList<>();
        lines.add("Platforms with data, per quarter (of " + ids.size() + "):");
        lines.add("");
        StringBuilder header = new StringBuilder("| quarter | TX |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        List<String> derived = null;
        for (int i = QUARTERS - 1; i >= 0; i--) {
            Quarter q = now.plus(-i);
            Map<Long, Scorecard> cards = scores.scorecards(ids, q);
            if (derived == null) {
                derived = cards.values().iterator().next().metrics().stream()
                        .filter(m -> m.metric().source() == MetricSource.DERIVED)
                        .map(m -> m.metric().code())
                        .toList();
                derived.forEach(c -> {
                    header.append(' ').append(c).append(" |");
                    rule.append("---:|");
                });
                lines.add(header.toString());
                lines.add(rule.toString());
            }
            StringBuilder row = new StringBuilder("| " + q + " | "
                    + cards.values().stream().filter(c -> c.total().hasData()).count() + " |");
            for (String code : derived) {
                row.append(' ')
                        .append(cards.values().stream()
                                .flatMap(c -> c.metrics().stream())
                                .filter(m -> m.metric().code().equals(code) && m.hasData())
                                .count())
                        .append(" |");
            }
            lines.add(row.toString());
        }
        return String.join("\n", lines);
    }

    private static long[] time(int warmup, int rounds, Supplier<Integer> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            assertThat(work.get()).isPositive();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static String row(String what, int warmup, long[] sorted) {
        return "| %s | %d | %d | %d | %d | %d | %d |"
                .formatted(
                        what, warmup, sorted.length, median(sorted), p90(sorted), sorted[0], sorted[sorted.length - 1]);
    }

    private static String pageRow(String what, long[] sorted) {
        return "| %s | %d | %d | %d | %d |"
                .formatted(what, median(sorted), p90(sorted), sorted[0], sorted[sorted.length - 1]);
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long p90(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.9) - 1];
    }
}
