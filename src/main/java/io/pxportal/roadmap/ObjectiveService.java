package io.pxportal.roadmap;

import io.pxportal.shared.audit.AuditActor;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Strategic objectives and their versioned weights: STEERING and admins change them, everyone logged in reads.
 * A change of weights writes a new weight set in force from a quarter that has not ended, so the scores of past
 * quarters keep the weights they had.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ObjectiveService {

    static final int MAX_WEIGHT = 100;

    private final ObjectiveRepository objectives;
    private final WeightSetRepository weightSets;
    private final RatingRepository ratings;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    ObjectiveService(
            ObjectiveRepository objectives,
            WeightSetRepository weightSets,
            RatingRepository ratings,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.objectives = objectives;
        this.weightSets = weightSets;
        this.ratings = ratings;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    /** All objectives by code, each with its weight this quarter. */
    @PreAuthorize("isAuthenticated()")
    public List<ObjectiveView> list() {
        Quarter now = Quarter.of(LocalDate.now(clock));
        Map<Long, Integer> weights =
                weightSets.inForce(now).map(WeightSet::getWeights).orElse(Map.of());
        return objectives.findAll().stream()
                .sorted(Comparator.comparing(Objective::getCode))
                .map(o -> new ObjectiveView(o.getId(), o.toDraft(), weights.get(o.getId()), o.validIn(now)))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public ObjectiveView get(Long id) {
        return list().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("objective", id));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'STEERING')")
    public ObjectiveView create(@Valid ObjectiveDraft draft) {
        check(draft, null);
        return get(objectives.saveAndFlush(new Objective(draft)).getId());
    }

    /** Saves changes; refuses when someone else saved the objective since {@code draft.version()}. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'STEERING')")
    public ObjectiveView update(Long id, @Valid ObjectiveDraft draft) {
        Objective objective = find(id);
        ConcurrentEditException.check(draft.version(), objective.getVersion(), objective.getCode());
        check(draft, id);
        objective.describe(draft);
        recordVersions.saved(objectives.saveAndFlush(objective), draft.version());
        return get(id);
    }

    /** Deletes an objective nobody has rated against and no weight set or requirement names. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'STEERING')")
    public void delete(Long id, Long version) {
        Objective objective = find(id);
        ConcurrentEditException.check(version, objective.getVersion(), objective.getCode());
        if (ratings.existsByObjectiveId(id)) {
            throw new DomainException("roadmap.objective.in-use", objective.getCode());
        }
        try {
            objectives.delete(objective);
            objectives.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new DomainException("roadmap.objective.in-use", objective.getCode());
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(Objective.class, id, Objective::getCode));
    }

    /** Every weight set ever written, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<WeightSetView> weightSets() {
        return weightSets.findAllByOrderByEffectiveQuarterDescIdDesc().stream()
                .map(WeightSet::toView)
                .toList();
    }

    /** The weight set in force for a quarter, if any. */
    @PreAuthorize("isAuthenticated()")
    public Optional<WeightSetView> weightsFor(Quarter quarter) {
        return weightSets.inForce(quarter).map(WeightSet::toView);
    }

    /**
     * Writes a new weight set in force from {@code from} (this quarter or later). {@code basedOn} is the id of the
     * set the user started from (null when there was none): if someone changed the weights meanwhile, the change
     * is refused rather than silently undoing theirs.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'STEERING')")
    public WeightSetView changeWeights(Map<Long, Integer> weights, Quarter from, String note, Long basedOn) {
        Quarter now = Quarter.of(LocalDate.now(clock));
        Quarter effective = from == null ? now : from;
        if (effective.compareTo(now) < 0) {
            throw new DomainException("roadmap.weights.past-quarter", effective.toString());
        }
        Optional<WeightSet> latest = weightSets.findTopByOrderByRevisionDesc();
        if (!Objects.equals(latest.map(WeightSet::getId).orElse(null), basedOn)) {
            throw new DomainException("roadmap.weights.changed");
        }
        Map<Long, Integer> checked = new TreeMap<>();
        weights.forEach((objectiveId, weight) -> {
            find(objectiveId);
            if (weight == null || weight < 0 || weight > MAX_WEIGHT) {
                throw new DomainException("roadmap.weights.range", weight, MAX_WEIGHT);
            }
            checked.put(objectiveId, weight);
        });
        if (checked.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new DomainException("roadmap.weights.all-zero");
        }
        int revision = latest.map(WeightSet::getRevision).orElse(0) + 1;
        return recordVersions
                .created(
                        () -> weightSets.saveAndFlush(new WeightSet(
                                revision, effective, checked, clock.instant(), AuditActor.current(), note)),
                        "weights")
                .toView();
    }

    private void check(ObjectiveDraft draft, Long ownId) {
        objectives
                .findByCodeIgnoreCase(draft.code().trim())
                .filter(o -> !o.getId().equals(ownId))
                .ifPresent(o -> {
                    throw new DomainException("roadmap.objective.code.taken", o.getCode());
                });
        if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
            throw new DomainException("roadmap.objective.period.invalid");
        }
    }

    private Objective find(Long id) {
        return objectives.findById(id).orElseThrow(() -> new NotFoundException("objective", id));
    }
}
