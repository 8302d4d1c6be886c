package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.agenda.AgendaLabels;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The SLA section of a steering review labels each figure as the support views do: compliance as the compliance
 * list, uptime and its target as the availability list, a credit's amount as the credits list (the credit earned;
 * what was granted under its own label).
 */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class SlaAgendaLabelsTest {

    /** Agenda figure → the support view's label of the same measure (itself where no view shows it). */
    static final Map<String, String> VIEW_LABELS = Map.ofEntries(
            Map.entry(SlaAgenda.RESPONSE, "support.compliance.response"),
            Map.entry(SlaAgenda.RESOLUTION, "support.compliance.resolution"),
            Map.entry(SlaAgenda.TARGET, SlaAgenda.TARGET),
            Map.entry(SlaAgenda.BREACHED, SlaAgenda.BREACHED),
            Map.entry(SlaAgenda.AT_RISK, SlaAgenda.AT_RISK),
            Map.entry(SlaAgenda.UPTIME, "support.uptime"),
            Map.entry(SlaAgenda.UPTIME_TARGET, "support.uptime.target"),
            Map.entry(SlaAgenda.CREDIT, "support.credit.status"),
            Map.entry(SlaAgenda.AMOUNT, "support.credit.amount"),
            Map.entry(SlaAgenda.GRANTED, "support.credit.granted"),
            Map.entry(SlaAgenda.CLAIM_BY, "support.credit.deadline"));

    @Autowired
    SlaAgenda agenda;

    @Autowired
    CreditService credits;

    @Autowired
    PlatformService platforms;

    @Autowired
    Clock clock;

    @Test
    void each_figure_is_the_measure_the_support_views_show_under_that_label() {
        List<AgendaItem> items = AgendaLabels.items(agenda, platforms, LocalDate.now(clock), Period.ofMonths(3));

        AgendaLabels.assertNamedAsInTheView(items, VIEW_LABELS);
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        List<CreditView> listed = credits.credits(lastMonth.minusMonths(12), lastMonth);
        List<AgendaItem> creditItems = items.stream()
                .filter(i -> i.subjectType().equals(CreditAlerts.SUBJECT))
                .toList();
        assertThat(creditItems).isNotEmpty();
        for (AgendaItem item : creditItems) {
            CreditView credit = listed.stream()
                    .filter(c -> item.title().equals(c.contractNumber() + " · " + c.platform() + " · " + c.month()))
                    .findFirst()
                    .orElseThrow();
            assertThat(new BigDecimal(value(item, SlaAgenda.AMOUNT)))
                    .isEqualByComparingTo(credit.assessment().amount());
        }
    }

    private static String value(AgendaItem item, String key) {
        return item.figures().stream()
                .filter(f -> f.labelKey().equals(key))
                .map(AgendaFigure::value)
                .findFirst()
                .orElseThrow();
    }
}
