package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.shared.alert.ExpectedAlert;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.domain.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The contract source of the inbox: each contract's own lead times decide when, and at which stage, it alerts. */
@PortalIntegrationTest
@WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
class ContractAlertsTest {

    @Autowired
    ContractAlerts source;

    @Autowired
    ContractService contracts;

    @Autowired
    RenewalDecisionService decisions;

    @Autowired
    Clock clock;

    private ContractView create(String number) {
        ContractDraft d = contracts
                .page(new ContractFilter("MP-2026-01", null, null), PageRequest.of(0, 1))
                .getFirst()
                .draft();
        // Tacit renewal with 60 days' notice; the current term ends about 100 days from now.
        return contracts.create(new ContractDraft(
                number,
                "Lead time test",
                d.vendorId(),
                d.platformIds(),
                "olena",
                LocalDate.now(clock).plusDays(100).minusYears(1),
                12,
                RenewalType.AUTOMATIC,
                12,
                60,
                NoticeUnit.DAYS,
                0,
                null,
                "EUR",
                null,
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private List<ExpectedAlert> expectedFor(ContractView contract) {
        return source.expected(LocalDate.now(clock)).stream()
                .filter(a -> a.subjectId().equals(contract.id()))
                .filter(a -> a.recipient().equals("olena"))
                .toList();
    }

    private ContractView withLeadDays(ContractView contract, List<Integer> days) {
        ContractView current = contracts.get(contract.id());
        return contracts.update(contract.id(), current.draft().withAlertLeadDays(days));
    }

    @Test
    void a_new_contract_gets_the_default_lead_times_and_alerts_at_the_stage_reached() {
        ContractView contract = create("LEAD-1");
        long daysLeft = contract.schedule().daysToNoticeDeadline();

        assertThat(contract.draft().alertLeadDays()).containsExactly(120, 90, 60, 30, 7);
        assertThat(daysLeft).isBetween(30L, 60L);
        assertThat(expectedFor(contract)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ContractAlerts.NOTICE_DEADLINE);
            assertThat(a.due()).isEqualTo(contract.schedule().noticeDeadline());
            assertThat(a.stage()).isEqualTo(60);
        });
    }

    @Test
    void the_contracts_own_lead_times_decide_whether_and_at_which_stage_it_alerts() {
        ContractView contract = create("LEAD-2");
        int daysLeft = contract.schedule().daysToNoticeDeadline().intValue();

        withLeadDays(contract, List.of(daysLeft - 1));
        assertThat(expectedFor(contract)).isEmpty();

        ContractView changed = withLeadDays(contract, List.of(daysLeft - 5, daysLeft + 5, 365));
        assertThat(changed.draft().alertLeadDays()).containsExactly(365, daysLeft + 5, daysLeft - 5);
        assertThat(expectedFor(contract))
                .singleElement()
                .extracting(ExpectedAlert::stage)
                .isEqualTo(daysLeft + 5);
    }

    @Test
    void a_change_that_does_not_mention_lead_times_keeps_them_and_a_change_of_them_is_in_the_history() {
        ContractView contract = withLeadDays(create("LEAD-3"), List.of(45, 14));
        ContractDraft d = contract.draft();
        ContractDraft withoutLeadDays = new ContractDraft(
                d.number(),
                "Renamed",
                d.vendorId(),
                d.platformIds(),
                d.owner(),
                d.start(),
                d.initialTermMonths(),
                d.renewalType(),
                d.renewalPeriodMonths(),
                d.noticeAmount(),
                d.noticeUnit(),
                d.explicitRenewals(),
                d.noticeGivenOn(),
                d.currency(),
                d.annualValue(),
                d.upliftType(),
                d.upliftPercent(),
                d.upliftIndex(),
                d.upliftCapPercent(),
                d.upliftFloorPercent(),
                d.notes(),
                d.version());

        assertThat(contracts.update(contract.id(), withoutLeadDays).draft().alertLeadDays())
                .containsExactly(45, 14);
        assertThat(contracts.history(contract.id()))
                .flatExtracting(AuditEntry::changes)
                .anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("contract.alert-lead-days");
                    assertThat(c.oldValue()).isEqualTo("120, 90, 60, 30, 7");
                    assertThat(c.newValue()).isEqualTo("45, 14");
                });
    }

    @Test
    void lead_times_out_of_range_are_refused() {
        ContractView contract = create("LEAD-4");
        assertThatThrownBy(() -> withLeadDays(contract, List.of(0)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("contract.alert-lead-days.invalid");
        assertThatThrownBy(() -> withLeadDays(contract, List.of())).isInstanceOf(DomainException.class);
    }

    @Test
    void a_notice_deadline_passed_without_a_decision_alerts_at_stage_zero_until_a_decision_is_recorded() {
        ContractView passed = contracts
                .page(new ContractFilter("MP-2026-01", null, null), PageRequest.of(0, 1))
                .getFirst();
        assertThat(passed.schedule().daysToNoticeDeadline()).isNegative();
        assertThat(expectedFor(passed)).isNotEmpty().allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(ContractAlerts.NOTICE_DEADLINE);
            assertThat(a.stage()).isEqualTo(AlertLeadTimes.PASSED);
        });

        ContractView own = create("LEAD-5");
        decisions.decide(own.id(), RenewalOutcome.RENEW, "Keeps the statements running");
        assertThat(expectedFor(own)).isEmpty();
    }
}
