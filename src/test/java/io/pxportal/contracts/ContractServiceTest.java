package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.domain.ConcurrentEditException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class ContractServiceTest {

    @Autowired
    ContractService contracts;

    @Autowired
    PlatformService platforms;

    @Autowired
    VendorService vendors;

    private ContractView contract(String number) {
        return contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst();
    }

    private Long platform(String name) {
        return platforms.refs(name, PageRequest.of(0, 1)).getFirst().id();
    }

    private ContractDraft draft(String number, Long platformId, Long version) {
        return new ContractDraft(
                number,
                "Test contract",
                vendors.findByName("OpenText").orElseThrow().id(),
                Set.of(platformId),
                null,
                LocalDate.of(2025, 1, 1),
                12,
                RenewalType.AUTOMATIC,
                12,
                3,
                NoticeUnit.MONTHS,
                0,
                null,
                "EUR",
                new BigDecimal("1000.00"),
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                version);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_demo_shows_a_notice_deadline_within_sixty_days_and_one_already_passed() {
        assertThat(contract("OT-2019-0042").schedule().daysToNoticeDeadline()).isBetween(0L, 60L);
        assertThat(contract("MP-2026-01").schedule().daysToNoticeDeadline()).isNegative();
        assertThat(contract("SC-PILOT-2026").schedule().state()).isEqualTo(RenewalSchedule.State.ENDING);
        assertThat(contract("OT-2019-0042").editable()).isFalse();
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_reads_contracts_but_cannot_change_them() {
        ContractView exstream = contract("OT-2019-0042");
        assertThatThrownBy(() -> contracts.update(exstream.id(), exstream.draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.create(draft("FIN-1", platform("Exstream Statements"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_changes_only_contracts_of_their_platforms() {
        ContractView exstream = contract("OT-2019-0042");
        assertThatThrownBy(() -> contracts.update(exstream.id(), exstream.draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contracts.create(draft("MARC-1", platform("Exstream Statements"), null)))
                .isInstanceOf(AccessDeniedException.class);

        ContractView created = contracts.create(draft("MARC-2", platform("Inspire Correspondence"), null));
        assertThat(created.editable()).isTrue();
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void a_stale_edit_is_refused_and_history_names_vendor_and_platforms() {
        ContractView created = contracts.create(draft("OLENA-1", platform("Exstream Statements"), null));
        ContractDraft changed = new ContractDraft(
                "OLENA-1",
                "Renamed",
                created.draft().vendorId(),
                created.draft().platformIds(),
                null,
                created.draft().start(),
                24,
                RenewalType.AUTOMATIC,
                12,
                3,
                NoticeUnit.MONTHS,
                0,
                null,
                "EUR",
                new BigDecimal("1000.00"),
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                created.draft().version());
        ContractView saved = contracts.update(created.id(), changed);

        assertThat(saved.schedule().termEnd())
                .isAfter(created.schedule().termEnd().minusDays(1));
        assertThatThrownBy(() -> contracts.update(created.id(), changed)).isInstanceOf(ConcurrentEditException.class);
        assertThat(contracts.history(created.id()))
                .last()
                .satisfies(e -> assertThat(e.changes())
                        .contains(
                                new AuditEntry.FieldChange("contract.vendor", "", "OpenText"),
                                new AuditEntry.FieldChange("contract.platforms", "", "Exstream Statements")));
    }
}
