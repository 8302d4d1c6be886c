package io.pxportal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.RenewalSchedule.Reason;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The sanity rules through the service, as the editor and the API reach them (ADR 006). */
@PortalIntegrationTest
@WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
class InconsistentContractsTest {

    private static final List<String> DEMO =
            List.of("OT-2019-0042", "OT-SAAS-2025-7", "QD-MSLA-2021", "SC-PILOT-2026", "MP-2026-01");

    @Autowired
    ContractService contracts;

    @Autowired
    RenewalCalendar calendar;

    @Autowired
    PlatformService platforms;

    @Autowired
    VendorService vendors;

    private ContractDraft draft(
            String number,
            LocalDate start,
            int initial,
            int notice,
            NoticeUnit unit,
            LocalDate noticeGivenOn,
            Long version) {
        return new ContractDraft(
                number,
                "Sanity",
                vendors.findByName("OpenText").orElseThrow().id(),
                Set.of(platforms
                        .refs("Exstream Statements", PageRequest.of(0, 1))
                        .getFirst()
                        .id()),
                null,
                start,
                initial,
                RenewalType.AUTOMATIC,
                12,
                notice,
                unit,
                0,
                noticeGivenOn,
                "EUR",
                null,
                UpliftType.NONE,
                null,
                null,
                null,
                null,
                null,
                version);
    }

    private List<String> inconsistentNumbers() {
        return contracts.page(new ContractFilter(null, null, null, true), PageRequest.of(0, 200)).stream()
                .map(c -> c.draft().number())
                .toList();
    }

    @Test
    void a_notice_longer_than_the_term_is_saved_with_a_warning_not_shown_as_renewing_with_a_passed_deadline() {
        // The reproduction: six months' notice on a three-month term that started a month ago.
        LocalDate start = LocalDate.now().minusMonths(1);
        ContractView saved = contracts.create(draft("SANE-1", start, 3, 6, NoticeUnit.MONTHS, null, null));

        assertThat(saved.inconsistent()).isTrue();
        assertThat(saved.warnings())
                .extracting(Reason::key)
                .containsExactly("contract.warning.notice-exceeds-initial-term.MONTHS");
        assertThat(saved.schedule().explanation())
                .extracting(Reason::key)
                .contains("renewal.explain.notice-before-term")
                .doesNotContain("renewal.explain.notice", "renewal.explain.deadline-passed");
        assertThat(inconsistentNumbers()).contains("SANE-1");
        assertThat(contracts.count(new ContractFilter("SANE-1", null, null, true)))
                .isEqualTo(1);
        assertThat(calendar.upcoming(RenewalCalendarFilter.all()))
                .filteredOn(d -> d.number().equals("SANE-1"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.inconsistent()).isTrue());
    }

    @Test
    void an_edit_that_shortens_the_term_below_the_notice_is_saved_and_flagged_and_one_that_fixes_it_clears_it() {
        ContractView created =
                contracts.create(draft("SANE-2", LocalDate.of(2025, 1, 1), 12, 90, NoticeUnit.DAYS, null, null));
        assertThat(created.inconsistent()).isFalse();

        ContractView shortened = contracts.update(
                created.id(),
                draft(
                        "SANE-2",
                        LocalDate.of(2025, 1, 1),
                        2,
                        90,
                        NoticeUnit.DAYS,
                        null,
                        created.draft().version()));
        assertThat(shortened.warnings())
                .extracting(Reason::key)
                .containsExactly("contract.warning.notice-exceeds-initial-term.DAYS");
        assertThat(inconsistentNumbers()).contains("SANE-2");

        ContractView fixed = contracts.update(
                created.id(),
                draft(
                        "SANE-2",
                        LocalDate.of(2025, 1, 1),
                        12,
                        90,
                        NoticeUnit.DAYS,
                        null,
                        shortened.draft().version()));
        assertThat(fixed.inconsistent()).isFalse();
        assertThat(inconsistentNumbers()).doesNotContain("SANE-2");
    }

    @Test
    void implausible_dates_are_refused_naming_what_is_wrong_and_nothing_is_saved() {
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> contracts.create(
                        draft("SANE-3", LocalDate.of(1989, 12, 31), 12, 90, NoticeUnit.DAYS, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("contract.start.implausible");
                    assertThat(e.arguments())
                            .containsExactly(
                                    "1989-12-31",
                                    "1990-01-01",
                                    today.plusYears(50).toString());
                });
        assertThatThrownBy(() -> contracts.create(
                        draft("SANE-3", today.plusYears(50).plusDays(1), 12, 90, NoticeUnit.DAYS, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("contract.start.implausible"));
        assertThatThrownBy(() -> contracts.create(draft(
                        "SANE-3", LocalDate.of(2025, 1, 1), 12, 90, NoticeUnit.DAYS, LocalDate.of(1900, 1, 1), null)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.notice-given-on.implausible"));
        assertThat(contracts.count(new ContractFilter("SANE-3", null, null))).isZero();
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_demo_contracts_are_all_consistent() {
        for (String number : DEMO) {
            ContractView demo = contracts
                    .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                    .getFirst();
            assertThat(demo.warnings()).as(number).isEmpty();
        }
        assertThat(inconsistentNumbers()).doesNotContainAnyElementsOf(DEMO);
    }
}
