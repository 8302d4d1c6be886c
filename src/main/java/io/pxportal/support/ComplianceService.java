package io.pxportal.support;

import io.pxportal.portfolio.PlatformDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA compliance per month, severity, platform or vendor, and the aged backlog. Compliance counts decided clocks
 * (met or breached) of tickets opened in the months asked for, from the monthly summary of the outcomes kept on the
 * tickets ({@link TicketOutcomeSummary}): a year is a few thousand summary rows, whatever the number of tickets
 * (docs/benchmarks.md, "SLA compliance for a year"). Everyone logged in reads.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    /** The statuses of an open ticket: every one that does not stop the clock. */
    static final List<TicketStatus> OPEN = java.util.Arrays.stream(TicketStatus.values())
            .filter(s -> !s.stopsClock())
            .toList();

    /** Age bands of the backlog in days: 0–7, 8–30, 31–90, older. */
    static final int[] BANDS = {0, 8, 31, 91};

    private final VendorTicketRepository tickets;
    private final TicketOutcomeSummary summary;
    private final SupportDirectory directory;
    private final Clock clock;

    ComplianceService(
            VendorTicketRepository tickets, TicketOutcomeSummary summary, SupportDirectory directory, Clock clock) {
        this.tickets = tickets;
        this.summary = summary;
        this.directory = directory;
        this.clock = clock;
    }

    /** Compliance of the tickets opened from {@code from} to {@code to}, grouped by {@code by}. */
    @PreAuthorize("isAuthenticated()")
    public List<ComplianceRow> compliance(YearMonth from, YearMonth to, ComplianceDimension by) {
        return compliance(from, to, by, counts(from, to, by));
    }

    /**
     * What the compliance tab shows when it opens — the grid grouped by {@code by} and the trend per severity — from
     * one grouped query instead of two (at a million tickets each costs a scan of the year).
     */
    @PreAuthorize("isAuthenticated()")
    public ComplianceOverview overview(YearMonth from, YearMonth to, ComplianceDimension by) {
        List<OutcomeCount> counts = counts(from, to, by);
        return new ComplianceOverview(compliance(from, to, by, counts), trendBySeverity(counts));
    }

    /** Month and severity need only the narrow grouping; platform and vendor need platforms too. */
    private List<OutcomeCount> counts(YearMonth from, YearMonth to, ComplianceDimension by) {
        return by == ComplianceDimension.MONTH || by == ComplianceDimension.SEVERITY
                ? summary.countsByMonth(from, to)
                : summary.counts(from, to);
    }

    private List<ComplianceRow> compliance(
            YearMonth from, YearMonth to, ComplianceDimension by, List<OutcomeCount> counts) {
        // Only platforms and vendors need the portfolio's platforms: looking them up cost more than the figures.
        Map<Long, PlatformDetails> platforms = by == ComplianceDimension.MONTH || by == ComplianceDimension.SEVERITY
                ? Map.of()
                : directory.platforms();
        Function<OutcomeCount, String> key = switch (by) {
            case MONTH -> OutcomeCount::month;
            case SEVERITY -> c -> c.severity().name();
            case PLATFORM -> c -> String.valueOf(c.platformId());
            case VENDOR ->
                c -> {
                    PlatformDetails p = platforms.get(c.platformId());
                    return p == null || p.vendor() == null
                            ? ""
                            : String.valueOf(p.vendor().id());
                };
        };
        Map<String, long[]> sums = new TreeMap<>();
        for (OutcomeCount count : counts) {
            long[] sum = sums.computeIfAbsent(key.apply(count), k -> new long[4]);
            add(sum, 0, count.response(), count.count());
            add(sum, 2, count.resolution(), count.count());
        }
        List<ComplianceRow> rows = new ArrayList<>();
        sums.forEach((k, s) -> rows.add(new ComplianceRow(
                k, label(by, k, platforms), s[0], s[1], s[2], s[3], drill(by, k, from, to, platforms))));
        return rows;
    }

    /** Compliance per month for each severity, for the trend chart. */
    @PreAuthorize("isAuthenticated()")
    public Map<Severity, List<ComplianceRow>> trendBySeverity(YearMonth from, YearMonth to) {
        return trendBySeverity(summary.countsByMonth(from, to));
    }

    private static Map<Severity, List<ComplianceRow>> trendBySeverity(List<OutcomeCount> counts) {
        Map<Severity, Map<String, long[]>> sums = new EnumMap<>(Severity.class);
        for (OutcomeCount count : counts) {
            long[] sum = sums.computeIfAbsent(count.severity(), s -> new TreeMap<>())
                    .computeIfAbsent(count.month(), m -> new long[4]);
            add(sum, 0, count.response(), count.count());
            add(sum, 2, count.resolution(), count.count());
        }
        Map<Severity, List<ComplianceRow>> trend = new EnumMap<>(Severity.class);
        sums.forEach((severity, months) -> trend.put(
                severity,
                months.entrySet().stream()
                        .map(e -> new ComplianceRow(
                                e.getKey(),
                                e.getKey(),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[2],
                                e.getValue()[3],
                                new TicketFilter(
                                        null,
                                        null,
                                        severity,
                                        YearMonth.parse(e.getKey()),
                                        YearMonth.parse(e.getKey()),
                                        false,
                                        false)))
                        .toList()));
        return trend;
    }

    /**
     * Open tickets by age band and severity, as of now. Ages change by the hour, so no stored summary can hold the
     * bands; the database counts the open tickets (by the status index) into them instead, and only a row per
     * severity comes back, however many tickets are open.
     */
    @PreAuthorize("isAuthenticated()")
    public List<BacklogRow> backlog() {
        Instant now = clock.instant();
        // A ticket is d days old while d whole days have passed since it opened (Duration.toDays); under a day in
        // the future still counts as 0.
        List<Object[]> counts = tickets.countOpenByBand(
                OPEN,
                now.plus(Duration.ofDays(1)),
                daysBefore(now, BANDS[1]),
                daysBefore(now, BANDS[2]),
                daysBefore(now, BANDS[3]));
        List<BacklogRow> rows = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            int min = BANDS[i];
            Integer max = i + 1 < BANDS.length ? BANDS[i + 1] - 1 : null;
            Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                bySeverity.put(s, 0L);
            }
            for (Object[] row : counts) {
                bySeverity.merge((Severity) row[0], ((Number) row[1 + i]).longValue(), Long::sum);
            }
            YearMonth newest = max == null
                    ? null
                    : YearMonth.from(now.minus(Duration.ofDays(min)).atZone(java.time.ZoneOffset.UTC));
            rows.add(new BacklogRow(
                    min, max, bySeverity, new TicketFilter(null, null, null, null, newest, true, false)));
        }
        return rows;
    }

    /** Open tickets older than {@code days}, per vendor id (the scorecard's aged backlog). */
    Map<Long, Long> agedBacklogByVendor(int days) {
        Map<Long, PlatformDetails> platforms = directory.platforms();
        Map<Long, Long> byVendor = new java.util.HashMap<>();
        for (Object[] row : tickets.countOpenByPlatform(OPEN, daysBefore(clock.instant(), days + 1))) {
            PlatformDetails p = platforms.get((Long) row[0]);
            if (p != null && p.vendor() != null) {
                byVendor.merge(p.vendor().id(), ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return byVendor;
    }

    /** The latest opening at which a ticket is at least {@code days} whole days old now. */
    private static Instant daysBefore(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static void add(long[] sum, int at, SlaOutcome outcome, long count) {
        if (outcome == SlaOutcome.MET) {
            sum[at] += count;
        } else if (outcome == SlaOutcome.BREACHED) {
            sum[at + 1] += count;
        }
    }

    private static String label(ComplianceDimension by, String key, Map<Long, PlatformDetails> platforms) {
        return switch (by) {
            case MONTH, SEVERITY -> key;
            case PLATFORM -> {
                PlatformDetails p = platforms.get(Long.valueOf(key));
                yield p == null ? key : p.name();
            }
            case VENDOR ->
                platforms.values().stream()
                        .filter(p -> p.vendor() != null
                                && String.valueOf(p.vendor().id()).equals(key))
                        .map(p -> p.vendor().name())
                        .findFirst()
                        .orElse(key);
        };
    }

    private static TicketFilter drill(
            ComplianceDimension by, String key, YearMonth from, YearMonth to, Map<Long, PlatformDetails> platforms) {
        return switch (by) {
            case MONTH -> new TicketFilter(null, null, null, YearMonth.parse(key), YearMonth.parse(key), false, false);
            case SEVERITY -> new TicketFilter(null, null, Severity.valueOf(key), from, to, false, false);
            case PLATFORM -> new TicketFilter(null, Set.of(Long.valueOf(key)), null, from, to, false, false);
            case VENDOR ->
                new TicketFilter(
                        null,
                        platforms.values().stream()
                                .filter(p -> p.vendor() != null
                                        && String.valueOf(p.vendor().id()).equals(key))
                                .map(PlatformDetails::id)
                                .collect(Collectors.toSet()),
                        null,
                        from,
                        to,
                        false,
                        false);
        };
    }

    /** Month → severity → outcome counts of one policy: what the credit rules need. */
    Map<String, Map<Severity, Long>> breachesByMonth(Long policyId, YearMonth from, YearMonth to) {
        return breachesByMonth(policyId, summary.counts(from, to));
    }

    /** The outcome counts of the months, for reading once and splitting by policy ({@link #breachesByMonth}). */
    List<OutcomeCount> outcomeCounts(YearMonth from, YearMonth to) {
        return to.isBefore(from) ? List.of() : summary.counts(from, to);
    }

    static Map<String, Map<Severity, Long>> breachesByMonth(Long policyId, List<OutcomeCount> counts) {
        Map<String, Map<Severity, Long>> breaches = new LinkedHashMap<>();
        for (OutcomeCount count : counts) {
            if (policyId.equals(count.policyId())
                    && (count.response() == SlaOutcome.BREACHED || count.resolution() == SlaOutcome.BREACHED)) {
                breaches.computeIfAbsent(count.month(), m -> new EnumMap<>(Severity.class))
                        .merge(count.severity(), count.count(), Long::sum);
            }
        }
        return breaches;
    }
}
