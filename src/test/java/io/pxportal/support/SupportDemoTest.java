package io.pxportal.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** What the demo data must show: breaches, a slipping vendor, a P1 at risk, an outage month that earns a credit. */
@PortalIntegrationTest
@WithMockUser(username = "steering", roles = "STEERING")
class SupportDemoTest {

    @Autowired
    TicketService tickets;

    @Autowired
    ComplianceService compliance;

    @Autowired
    AvailabilityService availability;

    @Autowired
    CreditService credits;

    @Autowired
    Clock clock;

    @Test
    void two_years_of_tickets_with_breaches_and_an_open_p1_at_risk() {
        YearMonth now = YearMonth.now(clock);
        List<ComplianceRow> byVendor = compliance.compliance(now.minusMonths(24), now, ComplianceDimension.VENDOR);
        assertThat(byVendor).extracting(ComplianceRow::label).contains("OpenText", "Quadient");
        assertThat(byVendor)
                .allSatisfy(row -> assertThat(row.resolutionBreached() + row.responseBreached())
                        .as(row.label())
                        .isPositive());
        TicketView p1 = tickets.page(
                        new TicketFilter(SupportDemoData.OPEN_P1, null, null, null, null, true, false),
                        PageRequest.of(0, 5))
                .getFirst();
        assertThat(p1.resolution().outcome()).isEqualTo(SlaOutcome.AT_RISK);
        assertThat(p1.response().outcome()).isEqualTo(SlaOutcome.MET);
    }

    @Test
    void quadient_slips_on_p2_resolution_in_the_last_year() {
        YearMonth now = YearMonth.now(clock);
        List<ComplianceRow> before =
                compliance.compliance(now.minusMonths(23), now.minusMonths(12), ComplianceDimension.SEVERITY);
        List<ComplianceRow> after = compliance.compliance(now.minusMonths(11), now, ComplianceDimension.SEVERITY);
        // all vendors together, but Quadient's P2 pulls the recent year down
        assertThat(p2(after).resolutionPercent()).isLessThan(p2(before).resolutionPercent());
    }

    @Test
    void last_months_outage_earns_a_credit_whose_window_closes_in_six_days() {
        CreditView credit = credits.closingSoon(7).stream()
                .filter(c -> c.contractNumber().equals(SupportDemoData.SAAS_CONTRACT))
                .findFirst()
                .orElseThrow();
        assertThat(credit.month()).isEqualTo(YearMonth.now(clock).minusMonths(1));
        assertThat(credit.assessment().claimDeadline())
                .isEqualTo(LocalDate.now(clock).plusDays(6));
        assertThat(credit.uptimePercent()).isLessThan(new java.math.BigDecimal("99.5"));
        assertThat(credit.assessment().amount()).isPositive();
        assertThat(credits.credits(YearMonth.now(clock).minusMonths(4), YearMonth.now(clock)))
                .anySatisfy(c -> assertThat(c.status()).isEqualTo(CreditStatus.GRANTED));
    }

    private static ComplianceRow p2(List<ComplianceRow> rows) {
        return rows.stream().filter(r -> r.key().equals("P2")).findFirst().orElseThrow();
    }
}
