package io.pxportal.licensing;

import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.agenda.AgendaSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licence position a steering review must see: entitlements of the review's platforms that are short (or
 * forecast to run short before the contract year ends) — compliance exposure — or that carry shelfware, as of
 * the review date.
 */
@Component
@Transactional(readOnly = true)
class LicenceAgenda implements AgendaSource {

    static final String SUBJECT = "entitlement";
    static final String SECTION = "licences";
    static final String EXPOSURE = "agenda.licences.exposure";
    static final String FORECAST_EXPOSURE = "agenda.licences.forecast-exposure";
    private final EntitlementRepository entitlements;
    private final LicencePositions positions;

    LicenceAgenda(EntitlementRepository entitlements, LicencePositions positions) {
        this.entitlements = entitlements;
        this.positions = positions;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public int order() {
        return 20;
    }

    /**
     * The review's platforms' entitlements read in one query and their positions in one usage query, whatever the
     * number of platforms (a page of entitlements per platform grew the agenda with the review).
     */
    @Override
    public List<AgendaItem> items(AgendaScope scope) {
        if (scope.platformIds().isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = Set.copyOf(scope.platformIds());
        List<Entitlement> lines =
                entitlements.findAll((root, query, cb) -> root.get("platformId").in(wanted), Sort.by("id"));
        Map<Long, List<EntitlementView>> byPlatform = positions.views(lines, scope.asOf()).stream()
                .collect(Collectors.groupingBy(v -> v.draft().platformId()));
        List<AgendaItem> items = new ArrayList<>();
        for (Long platformId : scope.platformIds()) {
            byPlatform.getOrDefault(platformId, List.of()).stream()
                    .filter(LicenceAgenda::worthDeciding)
                    .map(LicenceAgenda::item)
                    .forEach(items::add);
        }
        return items;
    }

    private static boolean worthDeciding(EntitlementView entitlement) {
        LicencePosition position = entitlement.position();
        return position.status() == LicencePosition.Status.SHORTFALL
                || position.status() == LicencePosition.Status.FORECAST_SHORTFALL
                || positive(position.shelfware());
    }

    private static AgendaItem item(EntitlementView entitlement) {
        LicencePosition position = entitlement.position();
        String currency = entitlement.currency();
        List<AgendaFigure> figures = List.of(
                AgendaFigure.message(
                        "agenda.licences.status",
                        "licence.status." + position.status().name()),
                AgendaFigure.message(
                        "agenda.licences.metric",
                        "licence-metric." + entitlement.draft().metric().name()),
                AgendaFigure.number("agenda.licences.entitled", position.entitled()),
                AgendaFigure.number("agenda.licences.consumed", position.consumed()),
                AgendaFigure.percent("agenda.licences.utilisation", position.utilisation()),
                // Each under the position view's own label: today's compliance exposure, and the forecast's apart.
                AgendaFigure.money(EXPOSURE, position.exposure(), currency),
                AgendaFigure.money(FORECAST_EXPOSURE, position.forecastExposure(), currency),
                AgendaFigure.money("agenda.licences.shelfware", position.shelfware(), currency));
        return new AgendaItem(
                SUBJECT,
                entitlement.id(),
                entitlement.platform().id(),
                entitlement.draft().product() + " · " + entitlement.platform().name(),
                figures,
                true);
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
