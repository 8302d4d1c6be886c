package io.pxportal.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.contracts.ContractFilter;
import io.pxportal.contracts.ContractService;
import io.pxportal.contracts.ContractView;
import io.pxportal.licensing.LicencePosition.Status;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
class EntitlementServiceTest {

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    @Autowired
    ContractService contracts;

    private EntitlementView line(String product) {
        return entitlements.page(new EntitlementFilter(product, null, null, null), null, PageRequest.of(0, 10)).stream()
                .filter(e -> e.draft().product().equals(product))
                .findFirst()
                .orElseThrow();
    }

    private ContractView contract(String number) {
        return contracts
                .page(new ContractFilter(number, null, null), PageRequest.of(0, 1))
                .getFirst();
    }

    private EntitlementDraft draft(String contractNumber, String product, LicenceMetric metric, String quantity) {
        ContractView contract = contract(contractNumber);
        return new EntitlementDraft(
                contract.id(),
                contract.platforms().getFirst().id(),
                product,
                metric,
                quantity == null ? null : new BigDecimal(quantity),
                new BigDecimal("0.01"),
                new BigDecimal("0.02"),
                null,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                false,
                null);
    }

    private static MeasurementDraft volume(
            Long entitlementId, PlatformEnvironment environment, String from, String to, long quantity) {
        return new MeasurementDraft(
                entitlementId,
                environment,
                LocalDate.parse(from),
                LocalDate.parse(to),
                BigDecimal.valueOf(quantity),
                MeasurementSource.MANUAL,
                null);
    }

    @Test
    @WithMockUser(username = "steering", roles = "STEERING")
    void the_demo_has_a_volume_heading_for_a_shortfall_and_a_pool_with_shelfware() {
        EntitlementView exstream = line(LicensingDemoData.EXSTREAM_DOCUMENTS);
        LicencePosition position = exstream.position();

        assertThat(position.status()).isEqualTo(Status.FORECAST_SHORTFALL);
        assertThat(position.consumed()).isLessThan(position.entitled());
        assertThat(position.forecast()).isGreaterThan(position.entitled());
        assertThat(position.runsOutOn()).isAfter(LocalDate.now()).isBefore(position.yearEnd());
        assertThat(position.forecastExposure()).isPositive();
        assertThat(position.excluded()).as("test volumes left out").isPositive();
        assertThat(exstream.editable()).isFalse();

        EntitlementView designers = line(LicensingDemoData.INSPIRE_DESIGNERS);
        assertThat(designers.position().entitled()).isEqualByComparingTo("25");
        assertThat(designers.position().consumed()).isEqualByComparingTo("14");
        assertThat(designers.position().shelfware()).isEqualByComparingTo("35200.00");
        assertThat(designers.currency()).isEqualTo("EUR");
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_reads_positions_but_changes_neither_entitlements_nor_usage() {
        EntitlementView exstream = line(LicensingDemoData.EXSTREAM_DOCUMENTS);

        assertThat(entitlements
                        .positionOn(exstream.id(), exstream.position().yearEnd())
                        .forecast())
                .isNotNull();
        assertThatThrownBy(() -> entitlements.update(exstream.id(), exstream.draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entitlements.create(
                        draft("OT-2019-0042", "Finance pages", LicenceMetric.PAGES_PER_YEAR, "1000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> usage.record(
                        volume(exstream.id(), PlatformEnvironment.PRODUCTION, "2025-01-01", "2025-01-31", 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_changes_only_the_entitlements_of_their_platforms() {
        EntitlementView exstream = line(LicensingDemoData.EXSTREAM_DOCUMENTS);

        assertThatThrownBy(() -> entitlements.update(exstream.id(), exstream.draft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> usage.record(
                        volume(exstream.id(), PlatformEnvironment.PRODUCTION, "2025-01-01", "2025-01-31", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        entitlements.create(draft("OT-2019-0042", "Marc pages", LicenceMetric.PAGES_PER_YEAR, "1000")))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("entitlement.platform.not-yours"));

        EntitlementView own =
                entitlements.create(draft("QD-MSLA-2021", "Marc pages", LicenceMetric.PAGES_PER_YEAR, "1000"));
        assertThat(own.editable()).isTrue();
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void usage_changes_the_position_only_where_it_counts_and_every_change_is_in_the_history() {
        EntitlementView pages =
                entitlements.create(draft("OT-SAAS-2025-7", "Olena pages", LicenceMetric.PAGES_PER_YEAR, "5000000"));
        usage.record(volume(pages.id(), PlatformEnvironment.PRODUCTION, "2025-01-01", "2025-01-31", 500_000));
        usage.record(volume(pages.id(), PlatformEnvironment.TEST, "2025-01-01", "2025-01-31", 900_000));

        LicencePosition january = entitlements.positionOn(pages.id(), LocalDate.of(2025, 1, 31));
        assertThat(january.consumed()).isEqualByComparingTo("500000");
        assertThat(january.excluded()).isEqualTo(1);
        assertThat(january.forecast()).isEqualByComparingTo("5887097");
        assertThat(january.status()).isEqualTo(Status.FORECAST_SHORTFALL);
        assertThat(january.runsOutOn()).isEqualTo(LocalDate.of(2025, 11, 6));

        assertThatThrownBy(() ->
                        usage.record(volume(pages.id(), PlatformEnvironment.PRODUCTION, "2025-01-01", "2025-01-31", 1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("measurement.exists"));
        EntitlementDraft asSeats = new EntitlementDraft(
                pages.draft().contractId(),
                pages.draft().platformId(),
                "Olena pages",
                LicenceMetric.NAMED_USER,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                null,
                false,
                pages.draft().version());
        assertThatThrownBy(() -> entitlements.update(pages.id(), asSeats))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("entitlement.metric.has-measurements"));

        EntitlementDraft dearer = new EntitlementDraft(
                pages.draft().contractId(),
                pages.draft().platformId(),
                "Olena pages",
                LicenceMetric.PAGES_PER_YEAR,
                new BigDecimal("6000000"),
                new BigDecimal("0.01"),
                new BigDecimal("0.03"),
                null,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                false,
                pages.draft().version());
        entitlements.update(pages.id(), dearer);
        assertThatThrownBy(() -> entitlements.update(pages.id(), dearer)).isInstanceOf(ConcurrentEditException.class);

        assertThat(entitlements.history(pages.id()))
                .extracting(AuditEntry::kind)
                .contains(AuditEntry.Kind.CREATED, AuditEntry.Kind.UPDATED);
        assertThat(entitlements.history(pages.id()))
                .last()
                .satisfies(e -> assertThat(e.changes())
                        .contains(
                                new AuditEntry.FieldChange("entitlement.contract", "", "OT-SAAS-2025-7"),
                                new AuditEntry.FieldChange(
                                        "entitlement.platform", "", "OpenText Communications Cloud")));
        assertThat(entitlements.history(pages.id()))
                .filteredOn(e -> e.subject().equals("2025-01-01 – 2025-01-31"))
                .hasSize(2);
    }
}
