package io.pxportal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.governance.AlertService;
import io.pxportal.governance.AlertView;
import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** Licence shortfalls, now or forecast, reach the owners of the entitlement's platform. */
@PortalIntegrationTest
class LicensingAlertsTest {

    @Autowired
    LicensingAlerts source;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    AlertService inbox;

    @Autowired
    Clock clock;

    private EntitlementView line(String product) {
        return entitlements.page(new EntitlementFilter(product, null, null, null), null, PageRequest.of(0, 10)).stream()
                .filter(e -> e.draft().product().equals(product))
                .findFirst()
                .orElseThrow();
    }

    private List<ExpectedAlert> expectedFor(EntitlementView entitlement) {
        return source.expected(LocalDate.now(clock)).stream()
                .filter(a -> a.subjectId().equals(entitlement.id()))
                .toList();
    }

    @Test
    @WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
    void the_demo_volume_heading_for_a_shortfall_alerts_its_platforms_owner_once_for_the_contract_year() {
        EntitlementView documents = line(LicensingDemoData.EXSTREAM_DOCUMENTS);

        assertThat(expectedFor(documents)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(LicensingAlerts.FORECAST_SHORTFALL);
            assertThat(a.recipient()).isEqualTo("olena");
            assertThat(a.due()).isEqualTo(documents.position().yearEnd());
            assertThat(a.label())
                    .isEqualTo(LicensingDemoData.EXSTREAM_DOCUMENTS + " · "
                            + documents.platform().name());
        });
        List<AlertView> mine = inbox.inbox(true, PageRequest.of(0, 100));
        assertThat(mine)
                .filteredOn(a ->
                        a.subjectType().equals("entitlement") && a.subjectId().equals(documents.id()))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.kind()).isEqualTo("LICENCE_FORECAST_SHORTFALL");
                    assertThat(inbox.link(a))
                            .contains(new AlertLink("licences", Map.of("entitlement", String.valueOf(documents.id()))));
                });
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_seat_pool_used_beyond_its_entitlement_alerts_a_shortfall_and_pools_within_do_not() {
        EntitlementView interactive = line("Inspire Interactive");
        EntitlementView designers = line(LicensingDemoData.INSPIRE_DESIGNERS);

        assertThat(interactive.position().status()).isEqualTo(LicencePosition.Status.SHORTFALL);
        assertThat(expectedFor(interactive)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(LicensingAlerts.SHORTFALL);
            assertThat(a.recipient()).isEqualTo("marc");
        });
        assertThat(expectedFor(designers)).isEmpty();
    }
}
