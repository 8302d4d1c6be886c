package io.pxportal.licensing;

import static io.pxportal.exchange.TestImports.importCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.RowError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class LicensingExchangeTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ExportService exports;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    private long measurementCount() {
        return entitlements.page(EntitlementFilter.all(), null, PageRequest.of(0, 500)).stream()
                .mapToLong(e -> usage.countMeasurements(e.id()))
                .sum();
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void entitlements_and_usage_exported_by_the_portal_import_back_unchanged(FileFormat format) {
        long lines = entitlements.count(EntitlementFilter.all());
        long measured = measurementCount();
        for (String type : new String[] {"entitlements", "usage"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.writeAll(type, format, Locale.forLanguageTag("uk"), out);

            ImportOutcome outcome = imports.importNow(
                    type,
                    type + format.extension(),
                    new ByteArrayInputStream(out.toByteArray()),
                    ImportOptions.defaults());

            assertThat(outcome).as(type).isEqualTo(new ImportOutcome(0, 0, (int)
                    ("usage".equals(type) ? measured : lines)));
        }
    }

    @Test
    void a_usage_report_names_the_entitlement_by_platform_and_metric_and_corrects_by_day() {
        String report = "Platform;Licence metric;Environment;Period start;Period end;Volume\n"
                + "SmartCOMM Onboarding Pilot;Named users;Production;2025-06-01;;7\n";
        String entitlement = "contract,platform,product,metric,quantity,unitPrice\n"
                + "SC-PILOT-2026,SmartCOMM Onboarding Pilot,SmartCOMM designers,Named users,3,2000\n";

        assertThat(importCsv(imports, "entitlements", entitlement)).isEqualTo(new ImportOutcome(1, 0, 0));
        assertThatThrownBy(() -> importCsv(imports, "usage", report))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.value.ambiguous-entitlement"));

        String named = "Platform;Licence metric;Product;Environment;Date;Count\n"
                + "SmartCOMM Onboarding Pilot;Named users;SmartCOMM designers;Production;2025-06-01;7\n";
        assertThat(importCsv(imports, "usage", named)).isEqualTo(new ImportOutcome(1, 0, 0));
        assertThat(importCsv(imports, "usage", named.replace(";7", ";5"))).isEqualTo(new ImportOutcome(0, 1, 0));
        EntitlementView designers = entitlements
                .page(new EntitlementFilter("SmartCOMM designers", null, null, null), null, PageRequest.of(0, 1))
                .getFirst();
        assertThat(usage.measurements(designers.id(), PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.quantity()).isEqualByComparingTo("5");
                    assertThat(m.source()).isEqualTo(MeasurementSource.IMPORTED);
                });
    }

    @Test
    void rows_for_unknown_contracts_platforms_outside_the_contract_and_volumes_without_a_period_are_refused() {
        String entitlementsFile = "contract,platform,product,metric,quantity\n"
                + "NO-SUCH-1,Exstream Statements,Engine,Documents per year,10\n"
                + "OT-2019-0042,Inspire Correspondence,Engine,Documents per year,10\n"
                + "OT-2019-0042,Exstream Statements,Engine,Pages per year,\n";

        assertThatThrownBy(() -> importCsv(imports, "entitlements", entitlementsFile))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple(2L, "import.value.unknown-contract"),
                                        org.assertj.core.groups.Tuple.tuple(3L, "entitlement.platform.not-in-contract"),
                                        org.assertj.core.groups.Tuple.tuple(4L, "entitlement.quantity.required")));

        String usageFile = "platform,metric,environment,from,to,quantity\n"
                + "Exstream Statements,DOCUMENTS_PER_YEAR,PRODUCTION,2025-01-01,,1000\n"
                + "Exstream Statements,CPU_CORE,PRODUCTION,2025-01-01,2025-01-31,20\n"
                + "Exstream Statements,Server instances,PRODUCTION,2025-01-01,,2\n";
        assertThatThrownBy(() -> importCsv(imports, "usage", usageFile))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple(2L, "measurement.period-required"),
                                        org.assertj.core.groups.Tuple.tuple(3L, "measurement.day-only"),
                                        org.assertj.core.groups.Tuple.tuple(4L, "import.value.no-entitlement")));
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_cannot_import_usage_for_someone_elses_platform() {
        String report = "platform,metric,environment,from,to,quantity\n"
                + "Exstream Statements,Documents per year,Production,2025-01-01,2025-01-31,1000\n";

        assertThatThrownBy(() -> importCsv(imports, "usage", report))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.value.not-your-platform"));
    }
}
