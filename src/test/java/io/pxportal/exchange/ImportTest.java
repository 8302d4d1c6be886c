package io.pxportal.exchange;

import static io.pxportal.exchange.TestImports.importCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorService;
import io.pxportal.shared.audit.AuditEntry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ImportTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportErrorReport errorReport;

    @Autowired
    ExportService exports;

    @Autowired
    VendorService vendors;

    @Autowired
    PlatformService platforms;

    @Test
    void a_vendor_file_with_ukrainian_headers_imports_and_a_second_import_changes_nothing() {
        String file = "\uFEFFНазва;Країна;Вебсайт\nVendor Alpha;de;https://alpha.example\nVendor Beta;PL;\n";

        assertThat(importCsv(imports, "vendors", file)).isEqualTo(new ImportOutcome(2, 0, 0));
        assertThat(importCsv(imports, "vendors", file)).isEqualTo(new ImportOutcome(0, 0, 2));

        ImportOutcome changed = importCsv(imports, "vendors", file.replace("Vendor Beta;PL", "Vendor Beta;CZ"));
        assertThat(changed).isEqualTo(new ImportOutcome(0, 1, 1));
        Long beta = vendors.page("Vendor Beta", PageRequest.of(0, 1)).getFirst().id();
        assertThat(vendors.history(beta).getFirst().changes())
                .containsExactly(new AuditEntry.FieldChange("vendor.country", "PL", "CZ"));
    }

    @Test
    void one_bad_row_writes_nothing_and_every_problem_is_reported_with_row_and_column() {
        String file = "name,country,website\n"
                + "Vendor Gamma,SE,\n"
                + "Vendor Delta,Sweden,\n"
                + "Vendor Gamma,NO,\n"
                + ",DK,ftp://nope\n";

        assertThatThrownBy(() -> importCsv(imports, "vendors", file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::column, RowError::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple(3L, "country", "import.value.invalid"),
                                        org.assertj.core.groups.Tuple.tuple(4L, "name", "import.value.duplicate-key"),
                                        org.assertj.core.groups.Tuple.tuple(5L, "name", "import.value.required")));
        assertThat(vendors.count("Vendor Gamma")).isZero();
    }

    @Test
    void a_key_repeated_with_other_values_is_an_error_naming_both_rows() {
        String file = "name,country\nVendor Kappa,SE\nVendor Lambda,NO\nVendor Kappa,DK\n";

        assertThatThrownBy(() -> importCsv(imports, "vendors", file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.row()).isEqualTo(4L);
                            assertThat(error.arguments()).containsExactly(2L, 4L);
                        }));
        assertThat(vendors.count("Vendor Kappa")).isZero();
    }

    @Test
    void rows_that_repeat_an_earlier_row_exactly_are_imported_once_and_reported_as_a_warning() {
        String file = "name;country\nVendor Rho;SE\nVendor Rho;SE\nVendor Sigma;NO\nVendor Rho;se\n";

        ImportOutcome outcome = importCsv(imports, "vendors", file);

        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.repeated().count()).isEqualTo(2);
        assertThat(outcome.repeated().rows())
                .containsExactly(new RepeatedRows.Repeat(3, 2), new RepeatedRows.Repeat(5, 2));
        assertThat(vendors.count("Vendor Rho")).isOne();

        // The wizard shows them after the check and after the import.
        ImportJobView job = wizard.upload(
                "vendors",
                "repeats.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        wizard.validate(job.id(), wizard.preview(job.id(), 0).mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !wizard.job(job.id()).status().isRunning());
        assertThat(wizard.job(job.id()).status()).isEqualTo(ImportStatus.VALID);
        assertThat(wizard.job(job.id()).repeated().listed()).isEqualTo("3 (= 2), 5 (= 2)");
        wizard.commit(job.id());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> wizard.job(job.id()).status().isFinished());
        assertThat(wizard.job(job.id()).outcome()).isEqualTo(new ImportOutcome(0, 0, 2, List.of(), outcome.repeated()));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"name,country\n", "name,country\n\n,\n , \n", "\uFEFFname;country\r\n"})
    void a_file_with_a_header_and_no_data_rows_is_refused(String file) {
        assertThatThrownBy(() -> importCsv(imports, "vendors", file))
                .isInstanceOfSatisfying(
                        ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.no-rows"));
        assertThatThrownBy(() -> wizard.upload(
                        "vendors",
                        "header.csv",
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults()))
                .isInstanceOfSatisfying(
                        ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.no-rows"));
        assertThatThrownBy(() -> imports.importRows("vendors", java.util.List.of(), ImportOptions.defaults()))
                .isInstanceOfSatisfying(
                        ImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.rows.none"));
    }

    @Test
    void a_vendor_country_that_is_no_iso_3166_code_is_refused_naming_the_value() {
        String file = "name,country\nVendor Tau,XX\nVendor Upsilon,ca\n";

        assertThatThrownBy(() -> importCsv(imports, "vendors", file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.row()).isEqualTo(2L);
                            assertThat(error.column()).isEqualTo("country");
                            assertThat(String.valueOf(error.arguments()[0]))
                                    .contains("XX")
                                    .contains("ISO 3166");
                        }));
        assertThatThrownBy(() -> vendors.create(
                        new io.pxportal.portfolio.VendorDraft("Vendor Tau", "ZZ", null, null, null, null, null)))
                .hasMessageContaining("ZZ");
    }

    @Test
    void row_errors_name_the_physical_line_after_quoted_fields_that_span_lines() {
        String file = "name,notes\nVendor Phi,\"one\ntwo\nthree\"\nVendor Chi,\"a\r\nb\"\n,no name\n";

        assertThatThrownBy(() -> importCsv(imports, "vendors", file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::column)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, "name")));
        String unclosed = "name,notes\nVendor Phi,\"one\ntwo\"\n\"Vendor Chi,broken\nVendor Psi,\"x\"y\n";
        assertThatThrownBy(() -> importCsv(imports, "vendors", unclosed))
                .isInstanceOfSatisfying(
                        ImportFileException.class,
                        e -> assertThat(e.arguments()).containsExactly(4L));
    }

    @Test
    void platforms_name_their_vendor_and_choices_in_any_ui_language() {
        String file = "Name;Vendor;Product;Deployment;Lifecycle;Environments;Business units\n"
                + "Imported Platform;Quadient;Inspire;Частное облако;Оцінювання;Production, DR;\"Claims, Cards\"\n";

        assertThat(importCsv(imports, "platforms", file)).isEqualTo(new ImportOutcome(1, 0, 0));
        var imported = platforms
                .page(new PlatformFilter("Imported Platform", null, null, null, false), PageRequest.of(0, 1))
                .getFirst();
        assertThat(imported.deployment().name()).isEqualTo("PRIVATE_CLOUD");
        assertThat(imported.lifecycle().name()).isEqualTo("EVALUATE");
        assertThat(imported.businessUnits()).containsExactlyInAnyOrder("Claims", "Cards");

        assertThatThrownBy(() -> importCsv(imports, "platforms", file.replace("Quadient", "No Such Vendor")))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.value.unknown-vendor"));
    }

    @Test
    @WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
    void a_product_owner_cannot_import_over_a_platform_owned_by_someone_else() {
        String file = "name,vendor,product,deployment,lifecycle,notes\n"
                + "Exstream Statements,OpenText,OpenText Exstream,ON_PREM,SUSTAIN,overwritten by marc\n";

        assertThatThrownBy(() -> importCsv(imports, "platforms", file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.value.not-your-platform"));
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_imports_only_finance_records_not_vendors() {
        assertThat(wizard.importableTypes())
                .extracting(t -> t.type())
                .containsExactlyInAnyOrder("cost-lines", "budgets", "fx-rates");
        assertThatThrownBy(() -> importCsv(imports, "vendors", "name\nFinance Vendor\n"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(FileFormat.class)
    void the_portfolio_exported_by_the_portal_imports_back_unchanged(FileFormat format) {
        for (String type : new String[] {"vendors", "platforms"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.writeAll(type, format, Locale.forLanguageTag("ar"), out);
            long records = "vendors".equals(type) ? vendors.count("") : platforms.count(PlatformFilter.all());

            ImportOutcome outcome = imports.importNow(
                    type,
                    type + format.extension(),
                    new ByteArrayInputStream(out.toByteArray()),
                    ImportOptions.defaults());

            assertThat(outcome).as(type).isEqualTo(new ImportOutcome(0, 0, (int) records));
        }
    }

    @Test
    void the_wizard_steps_run_in_the_background_and_report_progress_errors_and_counts() {
        String file = "name;country\nWizard Vendor One;FI\nWizard Vendor Two;Finland\n";
        ImportJobView job = wizard.upload(
                "vendors",
                "wizard.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        ImportPreview preview = wizard.preview(job.id(), 10);
        assertThat(preview.headers()).containsExactly("name", "country");
        assertThat(preview.mapping()).containsEntry("name", 0).containsEntry("country", 1);

        wizard.validate(job.id(), preview.mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !wizard.job(job.id()).status().isRunning());
        assertThat(wizard.job(job.id()).status()).isEqualTo(ImportStatus.INVALID);
        assertThat(errorReport.errors(job.id(), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(3));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        errorReport.writeErrorReport(job.id(), Locale.ENGLISH, report);
        assertThat(report.toString(StandardCharsets.UTF_8))
                .contains("Row,Column,Problem")
                .contains("3,Country,");

        wizard.discard(job.id());
        ImportJobView fixed = wizard.upload(
                "vendors",
                "wizard.csv",
                new ByteArrayInputStream(file.replace("Finland", "FI").getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        wizard.validate(fixed.id(), wizard.preview(fixed.id(), 1).mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> wizard.job(fixed.id()).status() == ImportStatus.VALID);
        wizard.commit(fixed.id());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> wizard.job(fixed.id()).status().isFinished());

        assertThat(wizard.job(fixed.id()).status()).isEqualTo(ImportStatus.DONE);
        assertThat(wizard.job(fixed.id()).outcome()).isEqualTo(new ImportOutcome(2, 0, 0));
        assertThat(wizard.unfinished()).isEmpty();
    }
}
