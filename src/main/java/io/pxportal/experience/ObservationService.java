package io.pxportal.experience;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Observations: everyone logged in reads them; an admin or an owner of the platform records them, for the
 * metrics the quarter's catalogue takes by hand or import (derived and survey metrics compute themselves).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ObservationService {

    private final ObservationRepository observations;
    private final CatalogueService catalogues;
    private final PlatformService platforms;
    private final AuditTrail auditTrail;

    ObservationService(
            ObservationRepository observations,
            CatalogueService catalogues,
            PlatformService platforms,
            AuditTrail auditTrail) {
        this.observations = observations;
        this.catalogues = catalogues;
        this.platforms = platforms;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ObservationView> page(ObservationFilter filter, Pageable pageable) {
        return views(observations
                .findAll(ObservationRepository.matching(filter), pageable)
                .getContent());
    }

    @PreAuthorize("isAuthenticated()")
    public long count(ObservationFilter filter) {
        return observations.count(ObservationRepository.matching(filter));
    }

    /** The entry grid of a platform's quarter: every metric that takes observations, with its value so far. */
    @PreAuthorize("isAuthenticated()")
    public List<ObservationEntry> entries(Long platformId, Quarter period) {
        Map<String, Observation> existing =
                observations.findByPeriodAndPlatformIdIn(period.toString(), Set.of(platformId)).stream()
                        .collect(Collectors.toMap(Observation::getMetricCode, o -> o));
        return catalogues.forPeriod(period).metrics().stream()
                .filter(ObservationService::takesObservations)
                .map(m -> {
                    Observation o = existing.get(m.code());
                    return o == null
                            ? new ObservationEntry(m, null, null, null, null)
                            : new ObservationEntry(m, o.getId(), o.getVersion(), o.getValue(), o.getNote());
                })
                .toList();
    }

    /**
     * Records the values of a platform's quarter at once (the entry grid's Save): new ones are created, changed
     * ones updated, each refused when someone saved it since the version in its draft.
     */
    @Transactional
    @PreAuthorize("@platformAccess.canEdit(#platformId)")
    public int saveAll(Long platformId, Quarter period, List<@Valid ObservationDraft> drafts) {
        int saved = 0;
        for (ObservationDraft draft : drafts) {
            if (!platformId.equals(draft.platformId()) || !period.equals(draft.period())) {
                throw new DomainException("experience.observation.wrong-grid");
            }
            saved += write(draft, ObservationOrigin.MANUAL, true) ? 1 : 0;
        }
        observations.flush();
        return saved;
    }

    /**
     * Creates or updates values pushed by a system (the REST API) or a file: matched by platform, metric and
     * quarter, without version checks (the latest push wins, as a re-import should). Each needs edit rights on
     * its platform. Returns how many were written (identical ones are left alone).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public int push(List<@Valid ObservationDraft> drafts, ObservationOrigin origin) {
        // Rights, platforms and stored values asked once for the whole push, not per row: a file pushes thousands.
        Set<Long> platformIds =
                drafts.stream().map(ObservationDraft::platformId).collect(Collectors.toSet());
        for (ObservationDraft draft : drafts) {
            if (platformIds.remove(draft.platformId()) && !platforms.canEditAny(Set.of(draft.platformId()))) {
                // A right, not a broken rule of the data: refused as the entry grid's @PreAuthorize refuses it (403).
                throw new AccessDeniedException("observations of platform " + draft.platformId());
            }
        }
        Set<Long> pushedTo = drafts.stream().map(ObservationDraft::platformId).collect(Collectors.toSet());
        Set<Long> known = platforms.refsByIds(pushedTo).keySet();
        Map<String, Observation> stored = new HashMap<>();
        observations
                .findByPeriodInAndPlatformIdIn(
                        drafts.stream().map(d -> d.period().toString()).collect(Collectors.toSet()), pushedTo)
                .forEach(o -> stored.put(key(o.getPlatformId(), o.getMetricCode(), o.getPeriod()), o));
        int written = 0;
        for (ObservationDraft draft : drafts) {
            written += write(
                            draft,
                            origin,
                            false,
                            code -> java.util.Optional.ofNullable(
                                    stored.get(key(draft.platformId(), code, draft.period()))),
                            known::contains,
                            o -> stored.put(key(o.getPlatformId(), o.getMetricCode(), o.getPeriod()), o))
                    ? 1
                    : 0;
        }
        observations.flush();
        return written;
    }

    private static String key(Long platformId, String metricCode, Quarter period) {
        return platformId + "|" + metricCode + "|" + period;
    }

    @Transactional
    @PreAuthorize("@platformAccess.canEdit(#platformId)")
    public void remove(Long platformId, Long observationId, Long version) {
        Observation o = find(observationId);
        if (!o.getPlatformId().equals(platformId)) {
            throw new NotFoundException("observation", observationId);
        }
        ConcurrentEditException.check(version, o.getVersion(), o.label());
        observations.delete(o);
        observations.flush();
    }

    /** Every change to one observation, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long observationId) {
        return AuditTrail.newestFirst(auditTrail.history(Observation.class, observationId, Observation::label));
    }

    /** Values by platform and metric code for scoring. */
    Map<Long, Map<String, Observation>> values(Collection<Long> platformIds, Quarter period) {
        return values(platformIds, List.of(period)).get(period);
    }

    /** The same for several quarters in one query (a trend's eight), by quarter; every quarter asked is present. */
    Map<Quarter, Map<Long, Map<String, Observation>>> values(
            Collection<Long> platformIds, Collection<Quarter> periods) {
        Map<Quarter, Map<Long, Map<String, Observation>>> result = new HashMap<>();
        periods.forEach(q -> result.put(q, new HashMap<>()));
        if (!platformIds.isEmpty() && !periods.isEmpty()) {
            for (Observation o : observations.findByPeriodInAndPlatformIdIn(
                    periods.stream().map(Quarter::toString).toList(), platformIds)) {
                result.get(o.getPeriod())
                        .computeIfAbsent(o.getPlatformId(), p -> new HashMap<>())
                        .put(o.getMetricCode(), o);
            }
        }
        return result;
    }

    static boolean takesObservations(MetricDefinition metric) {
        return metric.source() == MetricSource.MANUAL || metric.source() == MetricSource.IMPORTED;
    }

    private boolean write(ObservationDraft draft, ObservationOrigin origin, boolean checkVersion) {
        return write(
                draft,
                origin,
                checkVersion,
                code -> observations.findByPlatformIdAndMetricCodeAndPeriod(
                        draft.platformId(), code, draft.period().toString()),
                platformId -> !platforms.refsByIds(Set.of(platformId)).isEmpty(),
                o -> {});
    }

    /** One value, with the stored observation by metric code and the platform's existence asked of the caller. */
    private boolean write(
            ObservationDraft draft,
            ObservationOrigin origin,
            boolean checkVersion,
            java.util.function.Function<String, java.util.Optional<Observation>> storedByCode,
            java.util.function.Predicate<Long> platformExists,
            java.util.function.Consumer<Observation> created) {
        MetricDefinition metric = catalogues
                .forPeriod(draft.period())
                .metric(draft.metricCode().strip())
                .orElseThrow(() -> new DomainException("experience.observation.unknown-metric", draft.metricCode()));
        if (!takesObservations(metric)) {
            throw new DomainException("experience.observation.not-entered", metric.code());
        }
        var existing = storedByCode.apply(metric.code());
        if (existing.isPresent()) {
            Observation o = existing.get();
            if (checkVersion) {
                ConcurrentEditException.check(draft.version(), o.getVersion(), o.label());
            }
            if (o.sameAs(draft.value(), draft.note())) {
                return false;
            }
            o.record(draft.value(), draft.note(), origin);
            return true;
        }
        if (checkVersion && draft.version() != null) {
            throw new ConcurrentEditException(metric.code() + " " + draft.period()); // deleted meanwhile
        }
        if (!platformExists.test(draft.platformId())) {
            throw new NotFoundException("platform", draft.platformId());
        }
        Observation o = new Observation(draft.platformId(), metric.code(), draft.period());
        o.record(draft.value(), draft.note(), origin);
        observations.save(o);
        created.accept(o);
        return true;
    }

    private List<ObservationView> views(List<Observation> page) {
        Map<Long, PlatformRef> refs = platforms.refsByIds(
                page.stream().map(Observation::getPlatformId).collect(Collectors.toSet()));
        Map<Long, Boolean> editable = new HashMap<>();
        return page.stream()
                .map(o -> new ObservationView(
                        o.getId(),
                        o.getVersion(),
                        refs.get(o.getPlatformId()),
                        o.getMetricCode(),
                        o.getPeriod(),
                        o.getValue(),
                        o.getNote(),
                        o.getOrigin(),
                        editable.computeIfAbsent(o.getPlatformId(), p -> platforms.canEditAny(Set.of(p)))))
                .toList();
    }

    private Observation find(Long id) {
        return observations.findById(id).orElseThrow(() -> new NotFoundException("observation", id));
    }
}
