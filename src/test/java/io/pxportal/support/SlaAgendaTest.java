package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.governance.Agenda;
import io.pxportal.governance.ReviewStatus;
import io.pxportal.governance.ReviewView;
import io.pxportal.governance.SteeringService;
import io.pxportal.portfolio.PlatformDetails;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaChartSource;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.card.PlatformCardFact;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Support on the steering agenda, the platform cards and the PX metrics, on the demo data: Quadient slipping on P2
 * resolution, an open P1 at risk on Exstream, last month's outage on the OpenText cloud earning a credit whose
 * claim window closes in six days.
 */
@PortalIntegrationTest
class SlaAgendaTest {

    @Autowired
    SteeringService steering;

    @Autowired
    PlatformService platforms;

    @Autowired
    SupportCards cards;

    @Autowired
    SupportMetrics metrics;

    @Autowired
    SlaAgendaCharts charts;

    @Autowired
    Clock clock;

    private List<ReviewView> demoReviews() {
        return steering.reviews(PageRequest.of(0, 50)).stream()
                .filter(r -> r.title().startsWith("CCM steering review"))
                .toList();
    }

    private static List<AgendaItem> sla(Agenda agenda) {
        return agenda.sections().stream()
                .filter(s -> s.section().equals("sla"))
                .findFirst()
                .orElseThrow()
                .items();
    }

    private static String figure(AgendaItem item, String labelKey) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .map(AgendaFigure::value)
                .findFirst()
                .orElseThrow();
    }

    private static AgendaItem compliance(List<AgendaItem> items, String platform) {
        return items.stream()
                .filter(i -> i.subjectType().equals(SlaAgenda.COMPLIANCE_SUBJECT)
                        && i.title().startsWith(platform + " · "))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Long> platformIds() {
        return platforms.page(PlatformFilter.all(), PageRequest.of(0, 100)).stream()
                .collect(Collectors.toMap(PlatformDetails::name, PlatformDetails::id));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_planned_review_shows_compliance_uptime_and_the_credit_whose_window_closes_before_the_next() {
        ReviewView planned = demoReviews().getFirst();
        assertThat(planned.status()).isEqualTo(ReviewStatus.PLANNED);
        List<AgendaItem> items = sla(steering.agenda(planned.id()));
        String quarter = SlaPeriod.quarterBefore(planned.heldOn()).label();

        AgendaItem inspire = compliance(items, "Inspire Correspondence");
        assertThat(inspire.title()).isEqualTo("Inspire Correspondence · " + quarter);
        assertThat(figure(inspire, SlaAgenda.TARGET)).isEqualTo("95");
        // Quadient's P2 resolutions slip: below the target, so the committee decides.
        assertThat(new BigDecimal(figure(inspire, SlaAgenda.RESOLUTION))).isLessThan(new BigDecimal("95"));
        assertThat(new BigDecimal(figure(inspire, SlaAgenda.BREACHED))).isPositive();
        assertThat(inspire.needsDecision()).isTrue();
        // The open P1 on Exstream has used 3.5 of its 4 hours.
        assertThat(new BigDecimal(figure(compliance(items, "Exstream Statements"), SlaAgenda.AT_RISK)))
                .isGreaterThanOrEqualTo(BigDecimal.ONE);

        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        AgendaItem uptime = items.stream()
                .filter(i -> i.subjectType().equals(SlaAgenda.UPTIME_SUBJECT)
                        && i.title().equals("OpenText Communications Cloud · " + lastMonth))
                .findFirst()
                .orElseThrow();
        // Five hours down in a month of at least 28 days: about 99.3 % against 99.9 %.
        assertThat(new BigDecimal(figure(uptime, SlaAgenda.UPTIME))).isLessThan(new BigDecimal("99.5"));
        assertThat(figure(uptime, SlaAgenda.UPTIME_TARGET)).isEqualTo("99.9");

        AgendaItem credit = items.stream()
                .filter(i -> i.subjectType().equals(CreditAlerts.SUBJECT)
                        && i.title()
                                .equals(SupportDemoData.SAAS_CONTRACT + " · OpenText Communications Cloud · "
                                        + lastMonth))
                .findFirst()
                .orElseThrow();
        assertThat(figure(credit, SlaAgenda.CREDIT)).isEqualTo("support-credit-status.OWED");
        assertThat(figure(credit, SlaAgenda.CLAIM_BY))
                .isEqualTo(LocalDate.now(clock).plusDays(6).toString());
        assertThat(new BigDecimal(figure(credit, SlaAgenda.AMOUNT))).isPositive();
        assertThat(credit.figures())
                .filteredOn(f -> f.labelKey().equals(SlaAgenda.AMOUNT))
                .extracting(AgendaFigure::unit)
                .containsExactly("EUR");
        assertThat(credit.needsDecision()).isTrue();

        // The pack's chart: one bar pair per platform with compliance, against the 95 % line.
        AgendaChartSource.Context context = new AgendaChartSource.Context(
                Locale.ENGLISH,
                k -> k,
                platformIds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey)));
        assertThat(charts.charts(items, context))
                .singleElement()
                .satisfies(chart -> assertThat(chart.chart()
                                .getCategoryPlot()
                                .getDataset()
                                .getColumnKeys()
                                .toArray())
                        .contains("Inspire Correspondence", "Exstream Statements"));
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void a_closed_review_keeps_its_sla_figures() {
        ReviewView last = demoReviews().get(1);
        Agenda frozen = steering.agenda(last.id());
        assertThat(frozen.frozen()).isTrue();
        String quarter = SlaPeriod.quarterBefore(last.heldOn()).label();
        assertThat(sla(frozen))
                .filteredOn(i -> i.subjectType().equals(SlaAgenda.COMPLIANCE_SUBJECT))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.title()).endsWith(" · " + quarter));
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_card_shows_last_quarters_compliance_and_opens_the_platforms_tickets() {
        Map<String, Long> ids = platformIds();
        Long inspire = ids.get("Inspire Correspondence");
        SlaPeriod quarter = SlaPeriod.quarterBefore(LocalDate.now(clock));
        PlatformCardFact fact = cards.facts(ids.values()).get(inspire).getFirst();
        assertThat(fact.order()).isEqualTo(40);
        assertThat(fact.labelKey()).isEqualTo("card.support.sla");
        assertThat(fact.arguments().get(2)).isEqualTo(quarter.argument());
        assertThat(fact.tone())
                .isEqualTo(SupportCards.tone(
                        number(fact.arguments().get(1)), number(fact.arguments().get(0)), (Long)
                                fact.arguments().get(3)));
        assertThat(fact.tone()).isNotEqualTo(PlatformCardFact.Tone.GOOD);
        assertThat(fact.route()).isEqualTo("support");
        assertThat(fact.query())
                .containsEntry("platform", String.valueOf(inspire))
                .containsEntry("from", quarter.from().toString())
                .containsEntry("to", quarter.to().toString());
        // The same figure as the PX metric of that quarter.
        assertThat(metrics.values(
                                SupportMetrics.RESOLUTION,
                                List.of(inspire),
                                quarter.from().atDay(1),
                                quarter.to().atEndOfMonth())
                        .get(inspire)
                        .value())
                .isEqualByComparingTo(number(fact.arguments().get(0)));
    }

    @Test
    void nobody_unauthenticated_reads_support_figures() {
        assertThatThrownBy(() -> metrics.values(
                        SupportMetrics.RESPONSE, List.of(1L), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> cards.facts(List.of(1L)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static BigDecimal number(Object argument) {
        return argument instanceof BigDecimal b ? b : null;
    }
}
