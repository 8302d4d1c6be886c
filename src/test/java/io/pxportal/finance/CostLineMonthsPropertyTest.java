package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.TestLogins;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.security.Role;
import io.pxportal.support.ServiceCreditGranted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly sums ({@code cost_line_month}) equal the cost lines grouped, after every write: seeded random
 * sequences (the seed is the case's name, so a failure can be replayed) of creates, edits that move a line to
 * another platform, vendor, month, category, kind or currency or change its amount, deletions, imports that create
 * and update lines, imports refused all or nothing, service credits booked and re-booked, stale edits and
 * transactions rolled back, several writes in one transaction with the sums read in between. After each step every
 * summary row equals the group-by of {@code cost_line} recomputed, and there is no row for a group without lines.
 */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class CostLineMonthsPropertyTest {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");
    /** Years after the demo data's, so that the figures other tests of the shared context check stay as they are. */
    private static final List<YearMonth> MONTHS =
            List.of(YearMonth.of(2036, 11), YearMonth.of(2036, 12), YearMonth.of(2037, 1));

    @Autowired
    CostLineService costs;

    @Autowired
    DirectImport imports;

    @Autowired
    ServiceCreditBooking credits;

    @Autowired
    CostLineMonths months;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final List<Long> platforms = new ArrayList<>();
    private final Map<Long, String> platformNames = new HashMap<>();
    private final List<Long> vendors = new ArrayList<>();

    @BeforeEach
    void readPortfolio() {
        jdbc.query("select id, name from platform order by id fetch first 3 rows only", row -> {
            platforms.add(row.getLong("id"));
            platformNames.put(row.getLong("id"), row.getString("name"));
        });
        vendors.addAll(jdbc.queryForList("select id from vendor order by id fetch first 2 rows only", Long.class));
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 8).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_monthly_sums_equal_the_lines_grouped_after_every_write(long seed) {
        Random random = new Random(seed);
        String prefix = "PROP-" + seed + "-";
        List<Long> ids = new ArrayList<>();
        int[] next = {0};
        assertSummaryMatchesLines("before any step");
        for (int step = 0; step < 40; step++) {
            int action = random.nextInt(10);
            String label = "seed " + seed + ", step " + step + ", action " + action;
            switch (action) {
                case 0, 1 ->
                    ids.add(costs.create(draft(random, prefix + next[0]++, null))
                            .id());
                case 2, 3 -> {
                    if (!ids.isEmpty()) {
                        CostLineView line = costs.get(ids.get(random.nextInt(ids.size())));
                        costs.update(line.id(), edited(random, line.draft()));
                    }
                }
                case 4 -> {
                    if (!ids.isEmpty()) {
                        CostLineView line = costs.get(ids.remove(random.nextInt(ids.size())));
                        costs.delete(line.id(), line.draft().version());
                    }
                }
                case 5 -> {
                    // New lines and changes of existing ones in one import.
                    Set<String> references = new LinkedHashSet<>();
                    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                        references.add(
                                !ids.isEmpty() && random.nextBoolean()
                                        ? costs.get(ids.get(random.nextInt(ids.size())))
                                                .draft()
                                                .reference()
                                        : prefix + next[0]++);
                    }
                    List<Map<String, ?>> rows = new ArrayList<>();
                    references.forEach(r -> rows.add(row(random, r)));
                    imports.importRows("cost-lines", rows, ImportOptions.defaults());
                    ids.clear();
                    ids.addAll(jdbc.queryForList(
                            "select id from cost_line where reference like ?", Long.class, prefix + "%"));
                }
                case 6 -> {
                    // Valid rows, changes of existing lines among them, and one the import refuses: none is written.
                    List<Map<String, ?>> rows = new ArrayList<>();
                    rows.add(row(random, prefix + next[0]++));
                    if (!ids.isEmpty()) {
                        rows.add(row(
                                random,
                                costs.get(ids.get(random.nextInt(ids.size())))
                                        .draft()
                                        .reference()));
                    }
                    Map<String, Object> bad = new LinkedHashMap<>(row(random, prefix + next[0]++));
                    bad.put("currency", "ZZ9");
                    rows.add(random.nextInt(rows.size() + 1), bad);
                    assertThatThrownBy(() -> imports.importRows("cost-lines", rows, ImportOptions.defaults()))
                            .isInstanceOf(ImportRejectedException.class);
                }
                case 7 -> {
                    // A credit booked, or booked again with another amount or month (the same line updated).
                    long creditId = 900_000 + seed * 100 + random.nextInt(4);
                    Long platform = pick(random, platforms);
                    BigDecimal credit = amount(random).abs();
                    YearMonth month = pick(random, MONTHS);
                    credits.on(new ServiceCreditGranted(
                            creditId,
                            credit,
                            pick(random, CURRENCIES),
                            platform,
                            platformNames.get(platform),
                            pick(random, vendors),
                            null,
                            null,
                            null,
                            month,
                            "CN-" + creditId,
                            LocalDate.of(2036, 2, 1)));
                    // The listener books asynchronously, after the granting transaction: wait for its commit.
                    await().atMost(Duration.ofSeconds(30))
                            .until(() -> jdbc
                                    .queryForList(
                                            "select amount from cost_line where reference = ? and period_month = ?",
                                            BigDecimal.class,
                                            ServiceCreditBooking.reference(creditId),
                                            month.atDay(1))
                                    .stream()
                                    .anyMatch(a -> a.compareTo(credit.negate()) == 0));
                }
                case 8 -> {
                    // A stale edit and a taken reference are refused; a transaction that fails after writing is
                    // rolled back with its sums.
                    if (!ids.isEmpty()) {
                        CostLineView line = costs.get(ids.get(random.nextInt(ids.size())));
                        CostLineDraft d = line.draft();
                        CostLineDraft stale = new CostLineDraft(
                                d.reference(),
                                d.platformId(),
                                null,
                                null,
                                d.category(),
                                d.kind(),
                                d.period(),
                                d.amount().add(BigDecimal.ONE),
                                d.currency(),
                                null,
                                d.version() - 1);
                        assertThatThrownBy(() -> costs.update(line.id(), stale))
                                .isInstanceOf(ConcurrentEditException.class);
                        assertThatThrownBy(() -> costs.create(draft(random, d.reference(), null)))
                                .isInstanceOf(DomainException.class);
                    }
                    String reference = prefix + next[0]++;
                    assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                                costs.create(draft(random, reference, null));
                                throw new IllegalStateException("fails after writing");
                            }))
                            .isInstanceOf(IllegalStateException.class);
                }
                default -> {
                    // Several writes in one transaction, the sums read (and checked) in between and at the end.
                    List<Long> created = transaction.execute(tx -> {
                        List<Long> made = new ArrayList<>();
                        made.add(costs.create(draft(random, prefix + next[0]++, null))
                                .id());
                        if (!ids.isEmpty()) {
                            CostLineView line = costs.get(ids.get(random.nextInt(ids.size())));
                            costs.update(line.id(), edited(random, line.draft()));
                        }
                        assertSumsReadInTransactionMatchLines(label + " (inside)");
                        made.add(costs.create(draft(random, prefix + next[0]++, null))
                                .id());
                        if (random.nextBoolean()) {
                            CostLineView first = costs.get(made.removeFirst());
                            costs.delete(first.id(), first.draft().version());
                        }
                        return made;
                    });
                    ids.addAll(created);
                }
            }
            assertSummaryMatchesLines(label);
        }
    }

    @Test
    void concurrent_writers_of_the_same_groups_lose_no_update() throws Exception {
        Long platform = platforms.getFirst();
        // Each writer changes both groups in one transaction, half of them in the opposite order.
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(() -> TestLogins.as(
                    "admin",
                    () -> {
                        for (int i = 0; i < 5; i++) {
                            int n = i;
                            transaction.executeWithoutResult(tx -> {
                                for (int k = 0; k < 2; k++) {
                                    String currency = (k + writer) % 2 == 0 ? "EUR" : "USD";
                                    costs.create(new CostLineDraft(
                                            "CONC-" + writer + "-" + n + "-" + k,
                                            platform,
                                            null,
                                            null,
                                            CostCategory.LICENCE,
                                            CostKind.ACTUAL,
                                            YearMonth.of(2037, 2),
                                            new BigDecimal("10.01"),
                                            currency,
                                            null,
                                            null));
                                }
                            });
                        }
                        return null;
                    },
                    Role.ADMIN));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertSummaryMatchesLines("after concurrent writers");
        assertThat(jdbc.queryForObject(
                        "select sum(line_count) from cost_line_month where platform_id = ?"
                                + " and period_month = ? and category = 'LICENCE'",
                        Long.class,
                        platform,
                        LocalDate.of(2037, 2, 1)))
                .isEqualTo(40);
    }

    private void assertSummaryMatchesLines(String when) {
        assertThat(differences(summary(), grouped())).as(when).isEmpty();
    }

    /** The groups where the summary and the lines disagree: summary value → recomputed value (null: no row). */
    private static List<String> differences(Map<String, String> summary, Map<String, String> lines) {
        Set<String> keys = new java.util.TreeSet<>(summary.keySet());
        keys.addAll(lines.keySet());
        return keys.stream()
                .filter(k -> !java.util.Objects.equals(summary.get(k), lines.get(k)))
                .map(k -> k + ": summary " + summary.get(k) + ", lines " + lines.get(k))
                .toList();
    }

    private void assertSumsReadInTransactionMatchLines(String when) {
        Map<String, String> read = new TreeMap<>();
        months.sums(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 1), null)
                .forEach(s -> read.put(
                        key(
                                s.month(),
                                s.platformId(),
                                s.vendorId(),
                                s.category().name(),
                                s.kind().name(),
                                s.currency()),
                        s.amount().setScale(2).toPlainString()));
        Map<String, String> expected = new TreeMap<>();
        grouped().forEach((k, v) -> expected.put(k, v.substring(0, v.indexOf(' '))));
        assertThat(differences(read, expected)).as(when).isEmpty();
    }

    private Map<String, String> grouped() {
        return rows("select period_month, platform_id, vendor_id, category, kind, currency, sum(amount) as amount,"
                + " count(*) as line_count from cost_line"
                + " group by period_month, platform_id, vendor_id, category, kind, currency");
    }

    private Map<String, String> summary() {
        return rows("select period_month, platform_id, vendor_id, category, kind, currency, amount, line_count"
                + " from cost_line_month");
    }

    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        jdbc.query(sql, row -> {
            rows.put(
                    key(
                            row.getObject("period_month", LocalDate.class),
                            row.getLong("platform_id"),
                            row.getLong("vendor_id"),
                            row.getString("category"),
                            row.getString("kind"),
                            row.getString("currency")),
                    row.getBigDecimal("amount").setScale(2).toPlainString() + " × " + row.getLong("line_count"));
        });
        return rows;
    }

    private static String key(
            LocalDate month, Long platform, Long vendor, String category, String kind, String currency) {
        return month + "/" + platform + "/" + vendor + "/" + category + "/" + kind + "/" + currency;
    }

    private CostLineDraft draft(Random random, String reference, Long version) {
        return new CostLineDraft(
                reference,
                pick(random, platforms),
                random.nextInt(4) == 0 ? pick(random, vendors) : null,
                null,
                pick(random, List.of(CostCategory.values())),
                pick(random, List.of(CostKind.values())),
                pick(random, MONTHS),
                amount(random),
                pick(random, CURRENCIES),
                null,
                version);
    }

    /** One or more of platform, vendor, month, category, kind, currency and amount changed. */
    private CostLineDraft edited(Random random, CostLineDraft d) {
        Long platform = d.platformId();
        Long vendor = d.vendorId();
        YearMonth month = d.period();
        CostCategory category = d.category();
        CostKind kind = d.kind();
        String currency = d.currency();
        BigDecimal amount = d.amount();
        do {
            switch (random.nextInt(7)) {
                case 0 -> {
                    platform = pick(random, platforms);
                    vendor = null;
                }
                case 1 -> vendor = pick(random, vendors);
                case 2 -> month = pick(random, MONTHS);
                case 3 -> category = pick(random, List.of(CostCategory.values()));
                case 4 -> kind = pick(random, List.of(CostKind.values()));
                case 5 -> currency = pick(random, CURRENCIES);
                default -> amount = amount(random);
            }
        } while (random.nextBoolean());
        return new CostLineDraft(
                d.reference(),
                platform,
                vendor,
                null,
                category,
                kind,
                month,
                amount,
                currency,
                d.description(),
                d.version());
    }

    private Map<String, ?> row(Random random, String reference) {
        CostLineDraft d = draft(random, reference, null);
        return Map.of(
                "reference",
                reference,
                "platform",
                platformNames.get(d.platformId()),
                "category",
                d.category().name(),
                "kind",
                d.kind().name(),
                "period",
                d.period().toString(),
                "amount",
                d.amount().toPlainString(),
                "currency",
                d.currency());
    }

    /** Amounts that cancel each other out now and then: a group can sum to zero and still have lines. */
    private static BigDecimal amount(Random random) {
        return random.nextInt(5) == 0
                ? new BigDecimal(random.nextBoolean() ? "100.00" : "-100.00")
                : BigDecimal.valueOf(random.nextInt(2_000_000) - 500_000, 2);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
