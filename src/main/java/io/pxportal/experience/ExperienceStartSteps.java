package io.pxportal.experience;

import io.pxportal.shared.start.StartPath;
import io.pxportal.shared.start.StartScope;
import io.pxportal.shared.start.StartState;
import io.pxportal.shared.start.StartStep;
import io.pxportal.shared.start.StartStepSource;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path's experience step, for admins: the metric catalogue and its first values. The portal starts with a
 * default catalogue, so having one proves nothing; what counts is that someone adapted it or values arrive.
 * Started when a person published a catalogue version or any observation is recorded; done when every metric
 * whose values are entered or imported has at least one observation (survey and derived metrics fill themselves).
 */
@Component
@Transactional(readOnly = true)
class ExperienceStartSteps implements StartStepSource {

    /** Who publishes the default catalogue at first start ({@link CatalogueSetup}). */
    static final String SETUP_ACTOR = "setup";

    private final CatalogueService catalogues;
    private final CatalogueRepository versions;
    private final ObservationRepository observations;

    ExperienceStartSteps(
            CatalogueService catalogues, CatalogueRepository versions, ObservationRepository observations) {
        this.catalogues = catalogues;
        this.versions = versions;
        this.observations = observations;
    }

    @Override
    public List<StartStep> steps(StartScope scope) {
        if (!StartPath.wholePortal()) {
            return List.of();
        }
        Set<String> observed = catalogues.current().metrics().stream()
                .filter(m -> m.source() == MetricSource.MANUAL || m.source() == MetricSource.IMPORTED)
                .map(MetricDefinition::code)
                .collect(java.util.stream.Collectors.toSet());
        long withValues =
                observed.isEmpty() ? 0 : observations.observedAmong(observed).size();
        boolean adapted = versions.existsByPublishedByNot(SETUP_ACTOR);
        StartState state = withValues == observed.size() && (withValues > 0 || adapted)
                ? StartState.DONE
                : withValues > 0 || adapted ? StartState.STARTED : StartState.NOT_STARTED;
        return List.of(new StartStep(
                100,
                "experience",
                "start.experience",
                "start.experience.help",
                state,
                "experience/catalogue",
                List.of("experience-observations")));
    }
}
