package io.pxportal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaLabels;
import io.pxportal.shared.agenda.AgendaScope;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The licence section of a steering review on the demo data carries each figure under the label the licence
 * position view shows it with: "compliance exposure" is today's compliance exposure, and the forecast's exposure
 * has its own label.
 */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class LicenceAgendaTest {

    /** Agenda figure → the licence position view's label of the same measure. */
    static final Map<String, String> VIEW_LABELS = Map.of(
            "agenda.licences.status",
            "licence.status",
            "agenda.licences.metric",
            "entitlement.metric",
            "agenda.licences.entitled",
            "licence.entitled",
            "agenda.licences.consumed",
            "licence.consumed",
            "agenda.licences.utilisation",
            "licence.utilisation",
            LicenceAgenda.EXPOSURE,
            "licence.exposure",
            LicenceAgenda.FORECAST_EXPOSURE,
            "licence.forecast-exposure",
            "agenda.licences.shelfware",
            "licence.shelfware");

    @Autowired
    LicenceAgenda agenda;

    @Autowired
    EntitlementService entitlements;

    @Test
    void each_figure_is_the_measure_the_position_view_shows_under_that_label() {
        LocalDate today = LocalDate.now();
        List<EntitlementView> all = entitlements.page(EntitlementFilter.all(), today, PageRequest.of(0, 500));
        Set<Long> platforms = new java.util.TreeSet<>();
        all.forEach(e -> platforms.add(e.draft().platformId()));

        List<AgendaItem> items = items(new AgendaScope(platforms, today, today.plusMonths(3)));

        assertThat(items).isNotEmpty();
        AgendaLabels.assertNamedAsInTheView(items, VIEW_LABELS);
        Map<String, Function<LicencePosition, BigDecimal>> shown = Map.of(
                "agenda.licences.entitled",
                LicencePosition::entitled,
                "agenda.licences.consumed",
                LicencePosition::consumed,
                "agenda.licences.utilisation",
                LicencePosition::utilisation,
                LicenceAgenda.EXPOSURE,
                LicencePosition::exposure,
                LicenceAgenda.FORECAST_EXPOSURE,
                LicencePosition::forecastExposure,
                "agenda.licences.shelfware",
                LicencePosition::shelfware);
        for (AgendaItem item : items) {
            LicencePosition position = all.stream()
                    .filter(e -> e.id().equals(item.subjectId()))
                    .findFirst()
                    .orElseThrow()
                    .position();
            shown.forEach((key, measure) -> assertThat(value(item, key))
                    .as("%s of %s", key, item.title())
                    .isEqualTo(
                            measure.apply(position) == null
                                    ? null
                                    : measure.apply(position).stripTrailingZeros()));
        }
    }

    @Test
    void a_volume_heading_for_a_shortfall_shows_no_compliance_exposure_today_and_its_forecast_exposure_apart() {
        LocalDate today = LocalDate.now();
        EntitlementView documents = entitlements
                .page(
                        new EntitlementFilter(LicensingDemoData.EXSTREAM_DOCUMENTS, null, null, null),
                        today,
                        PageRequest.of(0, 10))
                .getFirst();
        assertThat(documents.position().status()).isEqualTo(LicencePosition.Status.FORECAST_SHORTFALL);

        AgendaItem item =
                items(new AgendaScope(Set.of(documents.draft().platformId()), today, today.plusMonths(3))).stream()
                        .filter(i -> i.subjectId().equals(documents.id()))
                        .findFirst()
                        .orElseThrow();

        assertThat(value(item, LicenceAgenda.EXPOSURE))
                .isEqualTo(
                        documents.position().exposure() == null
                                ? null
                                : documents.position().exposure().stripTrailingZeros());
        assertThat(value(item, LicenceAgenda.FORECAST_EXPOSURE))
                .isEqualTo(documents.position().forecastExposure().stripTrailingZeros())
                .isPositive();
    }

    private static BigDecimal value(AgendaItem item, String key) {
        AgendaFigure figure = item.figures().stream()
                .filter(f -> f.labelKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing in " + item.title()));
        return figure.value().isEmpty() ? null : new BigDecimal(figure.value()).stripTrailingZeros();
    }

    private List<AgendaItem> items(AgendaScope scope) {
        List<List<AgendaItem>> result = new ArrayList<>();
        SystemAuthentication.runAs("steering-agenda", () -> result.add(agenda.items(scope)));
        return result.getFirst();
    }
}
