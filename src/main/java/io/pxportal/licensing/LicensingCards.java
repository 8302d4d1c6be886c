package io.pxportal.licensing;

import io.pxportal.licensing.LicencePosition.Status;
import io.pxportal.shared.card.PlatformCardFact;
import io.pxportal.shared.card.PlatformCardSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio card's licence line: the worst licence position of the platform's entitlements today (shortfall,
 * forecast shortfall, within, not measured) and how many entitlements are in that state; it opens the licences.
 */
@Component
@Transactional(readOnly = true)
class LicensingCards implements PlatformCardSource {

    private final EntitlementRepository entitlements;
    private final LicencePositions positions;
    private final Clock clock;

    LicensingCards(EntitlementRepository entitlements, LicencePositions positions, Clock clock) {
        this.entitlements = entitlements;
        this.positions = positions;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<PlatformCardFact>> facts(Collection<Long> platformIds) {
        Set<Long> wanted = Set.copyOf(platformIds);
        List<Entitlement> lines =
                entitlements.findAll((root, query, cb) -> root.get("platformId").in(wanted));
        Map<Long, List<EntitlementView>> byPlatform = positions.views(lines, LocalDate.now(clock)).stream()
                .filter(v -> v.position().status() != Status.NOT_STARTED)
                .collect(Collectors.groupingBy(v -> v.platform().id()));
        Map<Long, List<PlatformCardFact>> facts = new HashMap<>();
        byPlatform.forEach((platform, views) -> {
            Status worst = views.stream()
                    .map(v -> v.position().status())
                    .max(Comparator.comparing(this::rank))
                    .orElseThrow();
            long count =
                    views.stream().filter(v -> v.position().status() == worst).count();
            PlatformCardFact.Tone tone = switch (worst) {
                case SHORTFALL -> PlatformCardFact.Tone.BAD;
                case FORECAST_SHORTFALL, NOT_MEASURED -> PlatformCardFact.Tone.WARNING;
                default -> PlatformCardFact.Tone.GOOD;
            };
            facts.put(
                    platform,
                    List.of(new PlatformCardFact(
                            30,
                            "card.licensing.position",
                            "card.licensing.status." + worst.name(),
                            List.of(count, views.size()),
                            tone,
                            "licences",
                            Map.of())));
        });
        return facts;
    }

    /** Shortfall first, then a forecast shortfall, then nothing measured, then fine. */
    private int rank(Status status) {
        return switch (status) {
            case SHORTFALL -> 5;
            case FORECAST_SHORTFALL -> 4;
            case NOT_MEASURED -> 3;
            case WITHIN -> 2;
            case UNLIMITED -> 1;
            case NOT_STARTED -> 0;
        };
    }
}
