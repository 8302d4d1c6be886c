package io.pxportal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractDraft;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.contracts.NoticeUnit;
import io.pxportal.contracts.RenewalDecisionService;
import io.pxportal.contracts.RenewalOutcome;
import io.pxportal.contracts.RenewalType;
import io.pxportal.contracts.UpliftType;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class AlertsTest {

    @Autowired
    AlertService alerts;

    @Autowired
    AlertScanner scanner;

    @Autowired
    ContractService contracts;

    @Autowired
    RenewalDecisionService decisions;

    private List<AlertView> inbox() {
        return alerts.inbox(true, PageRequest.of(0, 50));
    }

    private static boolean about(AlertView alert, ContractView contract) {
        return alert.subjectType().equals("contract") && alert.subjectId().equals(contract.id());
    }

    private ContractView contract(String number) {
        return contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst();
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void the_pilot_that_does_not_renew_alerts_its_owner_once_even_after_acknowledging_and_rescanning() {
        AlertView pilotEnds = inbox().stream()
                .filter(a -> "TERM_END".equals(a.kind()) && a.subjectLabel().startsWith("SC-PILOT-2026"))
                .findFirst()
                .orElseThrow();
        long before = alerts.count(false);

        alerts.acknowledge(pilotEnds.id());
        scanner.scan();

        assertThat(alerts.count(false)).isEqualTo(before - 1);
        assertThat(inbox())
                .filteredOn(a -> a.subjectLabel().startsWith("SC-PILOT-2026") && "TERM_END".equals(a.kind()))
                .singleElement()
                .satisfies(a -> assertThat(a.acknowledged()).isTrue());
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_notice_deadline_within_the_lead_time_alerts_until_a_decision_is_recorded() {
        ContractView exstream = contract("OT-2019-0042");
        assertThat(inbox()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo("NOTICE_DEADLINE");
            assertThat(a.subjectId()).isEqualTo(exstream.id());
            assertThat(a.dueDate()).isEqualTo(exstream.schedule().noticeDeadline());
            assertThat(a.severity()).isEqualTo(AlertView.Severity.MEDIUM);
            assertThat(alerts.link(a))
                    .contains(new AlertLink("contracts", Map.of("contract", String.valueOf(exstream.id()))));
        });

        decisions.decide(exstream.id(), RenewalOutcome.RENEGOTIATE, "Move to the cloud edition at the next term");

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> inbox().stream().noneMatch(a -> about(a, exstream)));
        scanner.scan();
        assertThat(inbox()).noneMatch(a -> about(a, exstream));
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_changed_deadline_resolves_the_old_alert_and_raises_a_new_one() {
        ContractView messagepoint = contract("MP-2026-01");
        ContractDraft d = messagepoint.draft();
        // A contract of its own, like the demo's Messagepoint one: its 60-day deadline passed 20 days ago.
        ContractView own = contracts.create(new ContractDraft(
                "ALERT-TEST-1",
                "Alert test",
                d.vendorId(),
                d.platformIds(),
                "olena",
                LocalDate.now().plusDays(41).minusYears(1),
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
        scanner.scan();
        AlertView old = inbox().stream().filter(a -> about(a, own)).findFirst().orElseThrow();
        assertThat(old.daysLeft()).isNegative();

        ContractDraft o = own.draft();
        contracts.update(
                own.id(),
                new ContractDraft(
                        o.number(),
                        o.title(),
                        o.vendorId(),
                        o.platformIds(),
                        o.owner(),
                        o.start(),
                        o.initialTermMonths(),
                        o.renewalType(),
                        o.renewalPeriodMonths(),
                        30,
                        o.noticeUnit(),
                        o.explicitRenewals(),
                        o.noticeGivenOn(),
                        o.currency(),
                        o.annualValue(),
                        o.upliftType(),
                        o.upliftPercent(),
                        o.upliftIndex(),
                        o.upliftCapPercent(),
                        o.upliftFloorPercent(),
                        o.notes(),
                        o.version()));
        scanner.scan();

        assertThat(inbox()).filteredOn(a -> about(a, own)).singleElement().satisfies(a -> {
            assertThat(a.id()).isNotEqualTo(old.id());
            assertThat(a.dueDate()).isAfter(old.dueDate());
            assertThat(a.daysLeft()).isPositive();
        });
    }

    @Autowired
    net.javacrumbs.shedlock.core.LockProvider locks;

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_daily_scan_does_not_run_while_another_node_holds_its_lock() {
        ContractDraft d = contract("MP-2026-01").draft();
        ContractView own = contracts.create(new ContractDraft(
                "ALERT-LOCK-1",
                "Lock test",
                d.vendorId(),
                d.platformIds(),
                "olena",
                LocalDate.now().plusDays(41).minusYears(1),
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
        var otherNode = locks.lock(new net.javacrumbs.shedlock.core.LockConfiguration(
                        java.time.Instant.now(), AlertScanner.LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            scanner.daily();
            assertThat(inbox()).noneMatch(a -> about(a, own));
        } finally {
            otherNode.unlock();
        }
        scanner.daily();
        assertThat(inbox()).anyMatch(a -> about(a, own));
    }

    @Test
    void only_product_owners_of_the_platforms_and_the_contract_owner_are_alerted() {
        SystemAuthentication.runAs(
                "finance", () -> assertThat(alerts.count(true)).isZero());
    }
}
