package io.pxportal.experience;

import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import io.pxportal.shared.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The metric catalogue: everyone logged in reads it; an admin or a steering member publishes a new version.
 * Versions never change; when one is published, every past quarter not yet pinned keeps the version it was
 * scored with until then, while the current quarter and later ones follow the newest.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    /** How far back quarters are pinned even without observations: the trend's eight quarters. */
    static final int PINNED_QUARTERS = 8;

    private final CatalogueRepository catalogues;
    private final PeriodPinRepository pins;
    private final ObservationRepository observations;
    private final SurveyResponseRepository responses;
    private final Clock clock;
    private final RecordVersions recordVersions;
    /**
     * Versions by id, as loaded: a version never changes once saved, and scoring asks for one per quarter (a trend
     * of 50 platforms asks eight times per request), so only the pin and the newest id are read each time.
     */
    private final Map<Long, Catalogue> byId = new ConcurrentHashMap<>();

    CatalogueService(
            CatalogueRepository catalogues,
            PeriodPinRepository pins,
            ObservationRepository observations,
            SurveyResponseRepository responses,
            Clock clock,
            RecordVersions recordVersions) {
        this.catalogues = catalogues;
        this.pins = pins;
        this.observations = observations;
        this.responses = responses;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** The newest version. */
    @PreAuthorize("isAuthenticated()")
    public Catalogue current() {
        return latest().toCatalogue();
    }

    /** Every version, newest first: the catalogue's history. */
    @PreAuthorize("isAuthenticated()")
    public List<Catalogue> versions() {
        return catalogues.findAllByOrderByNumberDesc().stream()
                .map(CatalogueVersion::toCatalogue)
                .toList();
    }

    /** The version a quarter is scored with: the one it was pinned to, else the newest. */
    @PreAuthorize("isAuthenticated()")
    public Catalogue forPeriod(Quarter period) {
        Long id = pins.findById(period.toString())
                .map(PeriodPin::getCatalogueId)
                .filter(pinned -> byId.containsKey(pinned) || catalogues.existsById(pinned))
                .orElseGet(() -> catalogues.findLatestId().orElseThrow(() -> new NotFoundException("catalogue", 1)));
        return version(id);
    }

    /**
     * The versions several quarters are scored with, as {@link #forPeriod} gives each: the pins of all of them and the
     * newest id in two queries, whatever the number of quarters (a trend asks eight). For the scores' own use.
     */
    Map<Quarter, Catalogue> forPeriods(Collection<Quarter> periods) {
        Map<String, Long> pinned = new HashMap<>();
        pins.findAllById(periods.stream().map(Quarter::toString).toList())
                .forEach(pin -> pinned.put(pin.getPeriod(), pin.getCatalogueId()));
        Long latest = null;
        Map<Quarter, Catalogue> result = new LinkedHashMap<>();
        for (Quarter period : periods) {
            Long id = pinned.get(period.toString());
            if (id == null || !byId.containsKey(id) && !catalogues.existsById(id)) {
                if (latest == null) {
                    latest = catalogues.findLatestId().orElseThrow(() -> new NotFoundException("catalogue", 1));
                }
                id = latest;
            }
            result.put(period, version(id));
        }
        return result;
    }

    private Catalogue version(Long id) {
        Catalogue cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Catalogue loaded = catalogues
                .findById(id)
                .orElseThrow(() -> new NotFoundException("catalogue", id))
                .toCatalogue();
        byId.putIfAbsent(id, loaded);
        return loaded;
    }

    /**
     * Publishes the draft as the next version. Refused when another version was published since the draft's
     * {@code basedOn}, or when two metrics share a code or the weights are not all positive.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'STEERING')")
    public Catalogue publish(CatalogueDraft draft) {
        CatalogueVersion latest = catalogues.findTopByOrderByNumberDesc().orElse(null);
        int current = latest == null ? 0 : latest.getNumber();
        ConcurrentEditException.check((long) draft.basedOn(), (long) current, "catalogue " + current);
        check(draft);
        if (latest != null) {
            pinPastQuarters(latest);
        }
        CatalogueVersion next = new CatalogueVersion(
                current + 1, clock.instant(), CurrentUser.username().orElse("system"), draft);
        // the pins of past quarters, like the version's number, are written once: a publication racing this one is
        // refused by either key
        return recordVersions
                .created(() -> catalogues.saveAndFlush(next), "catalogue " + current)
                .toCatalogue();
    }

    private void pinPastQuarters(CatalogueVersion scoredWith) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        Quarter from = Stream.of(observations.earliestPeriod(), responses.earliestPeriod())
                .flatMap(java.util.Optional::stream)
                .map(Quarter::parse)
                .reduce(now.plus(-PINNED_QUARTERS), (a, b) -> a.compareTo(b) < 0 ? a : b);
        for (Quarter q = from; q.compareTo(now) < 0; q = q.plus(1)) {
            if (!pins.existsById(q.toString())) {
                pins.save(new PeriodPin(q, scoredWith.getId()));
            }
        }
    }

    private static void check(CatalogueDraft draft) {
        Set<String> codes = new HashSet<>();
        for (MetricDefinition m : draft.metrics()) {
            if (!codes.add(m.code())) {
                throw new DomainException("experience.metric.code.taken", m.code());
            }
        }
        for (Dimension d : Dimension.values()) {
            var w = draft.dimensionWeights().get(d);
            if (w == null || w.signum() < 0) {
                throw new DomainException("experience.weights.invalid");
            }
        }
        for (Pillar p : Pillar.values()) {
            var w = draft.pillarWeights().get(p);
            if (w == null || w.signum() < 0) {
                throw new DomainException("experience.weights.invalid");
            }
        }
    }

    private CatalogueVersion latest() {
        return catalogues.findTopByOrderByNumberDesc().orElseThrow(() -> new NotFoundException("catalogue", 1));
    }
}
