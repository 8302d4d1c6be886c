package io.pxportal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pxportal.FixedClockPortalTest;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.support.AvailabilityService;
import io.pxportal.support.CreditService;
import io.pxportal.support.CreditView;
import io.pxportal.support.OutageDraft;
import io.pxportal.support.ServiceCreditGranted;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service credit granted in support becomes one negative actual cost line in finance, however often the event
 * arrives. The Messagepoint SLA (99.9 % uptime) earns a credit for last month once a long outage is recorded. The
 * clock stands mid-month, where last month's 30-day claim window is open whatever day the test runs on.
 */
@FixedClockPortalTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ServiceCreditBookingTest {

    private static final String CONTRACT = "MP-2026-01";

    @Autowired
    AvailabilityService availability;

    @Autowired
    CreditService credits;

    @Autowired
    CostLineService costs;

    @Autowired
    FinanceLookups lookups;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void a_granted_credit_is_booked_once_as_a_negative_cost_line() {
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        Long messagepoint = lookups.platform("Messagepoint Content Hub").orElseThrow();
        Instant down = lastMonth.atDay(11).atTime(8, 0).toInstant(ZoneOffset.UTC);
        availability.record(new OutageDraft(
                messagepoint, down, down.plus(Duration.ofHours(12)), false, "Credit booking test outage", null));
        CreditView owed = credit(lastMonth);
        assertThat(owed.assessment().earned()).isTrue();
        assertThat(owed.assessment().windowOpen()).isTrue();
        CreditView claimed = credits.claim(owed.policyId(), lastMonth, "credit booking test");

        credits.grant(claimed.creditId(), new BigDecimal("1234.56"), "CN-BOOKING-1", claimed.version());

        String reference = ServiceCreditBooking.reference(claimed.creditId());
        CostLineView line = await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> booked(reference), found -> !found.isEmpty())
                .getFirst();
        assertThat(line.draft().amount()).isEqualByComparingTo("-1234.56");
        assertThat(line.draft().currency()).isEqualTo(claimed.currency());
        assertThat(line.draft().kind()).isEqualTo(CostKind.ACTUAL);
        assertThat(line.draft().period()).isEqualTo(lastMonth);
        assertThat(line.draft().platformId()).isEqualTo(messagepoint);
        assertThat(line.contractNumber()).isEqualTo(CONTRACT);
        // The contract's demo costs are a subscription: the credit reduces that.
        assertThat(line.draft().category()).isEqualTo(CostCategory.SUBSCRIPTION);
        assertThat(line.draft().description()).contains("CN-BOOKING-1");
        assertThat(line.source()).isEqualTo(CostSource.MODULE);

        // The same credit cannot be granted twice; a re-delivered event (here with a corrected amount) updates
        // the one line instead of adding another.
        CreditView granted = credit(lastMonth);
        assertThatThrownBy(() ->
                        credits.grant(granted.creditId(), new BigDecimal("1234.56"), "CN-BOOKING-1", granted.version()))
                .isInstanceOf(DomainException.class);
        ServiceCreditGranted again = new ServiceCreditGranted(
                claimed.creditId(),
                new BigDecimal("1200.00"),
                claimed.currency(),
                messagepoint,
                claimed.platform(),
                line.vendor().id(),
                claimed.vendor(),
                line.draft().contractId(),
                CONTRACT,
                lastMonth,
                "CN-BOOKING-1",
                granted.decidedOn());
        transaction.executeWithoutResult(tx -> events.publishEvent(again));
        transaction.executeWithoutResult(tx -> events.publishEvent(again));

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> booked(reference).getFirst().draft().amount().compareTo(new BigDecimal("-1200.00")) == 0);
        assertThat(booked(reference)).hasSize(1);
    }

    private CreditView credit(YearMonth month) {
        return credits.credits(month, month).stream()
                .filter(c -> c.contractNumber().equals(CONTRACT))
                .findFirst()
                .orElseThrow();
    }

    private List<CostLineView> booked(String reference) {
        return costs.page(new CostLineFilter(reference, null, null, null, null, null), PageRequest.of(0, 10)).stream()
                .filter(l -> l.draft().reference().equals(reference))
                .toList();
    }
}
