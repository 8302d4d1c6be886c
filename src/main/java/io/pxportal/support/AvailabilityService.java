package io.pxportal.support;

import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Outages and monthly uptime against the policy's target. Everyone logged in reads; an admin, or a product owner of
 * the platform, records outages. Uptime = 1 − unplanned downtime / minutes of the month (up to now for the current
 * month), months taken in the time zone of the platform's policy.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AvailabilityService {

    private final OutageRepository outages;
    private final SupportDirectory directory;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    AvailabilityService(
            OutageRepository outages,
            SupportDirectory directory,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.outages = outages;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** Outages, newest first unless sorted otherwise; of one platform when {@code platformId} is given. */
    @PreAuthorize("isAuthenticated()")
    public List<OutageView> page(Long platformId, Pageable pageable) {
        Map<Long, PlatformDetails> platforms = directory.platforms();
        var page = platformId == null
                ? outages.findAllBy(pageable)
                : outages.findByPlatformIdIn(Set.of(platformId), pageable);
        return page.stream().map(o -> view(o, platforms)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(Long platformId) {
        return platformId == null ? outages.count() : outages.countByPlatformIdIn(Set.of(platformId));
    }

    /** Records an outage, or updates the one that started at the same moment on the platform. */
    @Transactional
    @PreAuthorize("@platformAccess.canEdit(#draft?.platformId())")
    public OutageView record(@Valid OutageDraft draft) {
        Outage outage = outages.findByPlatformIdAndStartedAt(draft.platformId(), draft.startedAt())
                .orElse(null);
        if (outage == null) {
            outage = new Outage(draft);
        } else {
            if (draft.version() != null) {
                ConcurrentEditException.check(draft.version(), outage.getVersion(), label(outage));
            }
            outage.describe(draft);
        }
        Long edited = outage.getId() == null ? null : draft.version();
        return view(recordVersions.saved(outages.saveAndFlush(outage), edited), directory.platforms());
    }

    @Transactional
    @PreAuthorize("@outageAccess.canEdit(#id)")
    public OutageView update(Long id, @Valid OutageDraft draft) {
        Outage outage = find(id);
        ConcurrentEditException.check(draft.version(), outage.getVersion(), label(outage));
        outage.describe(draft);
        return view(recordVersions.saved(outages.saveAndFlush(outage), draft.version()), directory.platforms());
    }

    @Transactional
    @PreAuthorize("@outageAccess.canEdit(#id)")
    public void delete(Long id, Long version) {
        Outage outage = find(id);
        ConcurrentEditException.check(version, outage.getVersion(), label(outage));
        outages.delete(outage);
        outages.flush();
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(Outage.class, id, AvailabilityService::label));
    }

    /**
     * Uptime per platform with a policy and month, from {@code from} to {@code to} (not beyond this month). The
     * policies and the outages of every platform are read once, not per platform.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MonthlyUptime> uptime(YearMonth from, YearMonth to) {
        Map<Long, PlatformDetails> platforms = directory.platforms();
        Map<Long, SlaPolicy> policies = directory.policiesFor(platforms.keySet());
        Map<Long, List<Outage>> outagesOf = outagesAround(policies.keySet(), from, to);
        List<MonthlyUptime> rows = new ArrayList<>();
        for (PlatformDetails platform : platforms.values()) {
            SlaPolicy policy = policies.get(platform.id());
            if (policy != null) {
                rows.addAll(uptime(platform, policy, from, to, outagesOf.getOrDefault(platform.id(), List.of())));
            }
        }
        return rows;
    }

    /**
     * The outages of the platforms that overlap the months {@code from} to {@code to} in any time zone (a day more on
     * either side), by platform, from one query; each month's uptime clips them to its own bounds.
     */
    Map<Long, List<Outage>> outagesAround(Collection<Long> platformIds, YearMonth from, YearMonth to) {
        if (platformIds.isEmpty() || to.isBefore(from)) {
            return Map.of();
        }
        Instant start = from.atDay(1).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusMonths(1)
                .atDay(1)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return outages.findOverlapping(platformIds, start, end).stream()
                .collect(Collectors.groupingBy(Outage::getPlatformId));
    }

    List<MonthlyUptime> uptime(PlatformDetails platform, SlaPolicy policy, YearMonth from, YearMonth to) {
        return uptime(platform, policy, from, to, null);
    }

    /** As above, from the platform's outages read before ({@link #outagesAround}); null: read them here. */
    List<MonthlyUptime> uptime(
            PlatformDetails platform, SlaPolicy policy, YearMonth from, YearMonth to, List<Outage> outagesRead) {
        ZoneId zone = policy == null ? ZoneOffset.UTC : policy.zone();
        Instant now = clock.instant();
        YearMonth last = to.isAfter(YearMonth.now(clock.withZone(zone))) ? YearMonth.now(clock.withZone(zone)) : to;
        Instant start = from.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Outage> overlapping =
                outagesRead != null ? outagesRead : outages.findOverlapping(Set.of(platform.id()), start, end);
        BigDecimal target = policy == null ? null : policy.getUptimeTarget();
        List<MonthlyUptime> rows = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            Instant lo = month.atDay(1).atStartOfDay(zone).toInstant();
            Instant hi = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            if (hi.isAfter(now)) {
                hi = now;
            }
            long minutes = Duration.between(lo, hi).toMinutes();
            if (minutes <= 0) {
                continue;
            }
            long unplanned = 0;
            long planned = 0;
            for (Outage outage : overlapping) {
                long down = outage.overlap(lo, hi, now).toMinutes();
                if (outage.isPlanned()) {
                    planned += down;
                } else {
                    unplanned += down;
                }
            }
            BigDecimal uptime = BigDecimal.valueOf((minutes - unplanned) * 100)
                    .divide(BigDecimal.valueOf(minutes), 3, RoundingMode.HALF_UP);
            rows.add(new MonthlyUptime(
                    platform.id(),
                    platform.name(),
                    month,
                    minutes,
                    unplanned,
                    planned,
                    uptime,
                    target,
                    target == null ? null : uptime.compareTo(target) >= 0));
        }
        return rows;
    }

    private static String label(Outage outage) {
        return outage.getStartedAt().toString();
    }

    private OutageView view(Outage outage, Map<Long, PlatformDetails> platforms) {
        PlatformDetails platform = platforms.get(outage.getPlatformId());
        return outage.toView(platform == null ? null : platform.name(), directory.canEdit(outage.getPlatformId()));
    }

    private Outage find(Long id) {
        return outages.findById(id).orElseThrow(() -> new NotFoundException("outage", id));
    }
}
