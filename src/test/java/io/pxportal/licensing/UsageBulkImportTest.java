package io.pxportal.licensing;

import static io.pxportal.exchange.TestImports.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import io.pxportal.PortalIntegrationTest;
import io.pxportal.exchange.DirectImport;
import io.pxportal.exchange.ImportErrorReport;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.exchange.RowError;
import io.pxportal.portfolio.PlatformEnvironment;
import io.pxportal.shared.security.SystemAuthentication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The set-based usage import (UsageBulkImport) on H2, through the same ImportWizard and DirectImport calls as the wizard and
 * the API: every row written in one revision, re-import idempotent, changes audited, all or nothing, owners only.
 * PostgresCompatibilityIT runs the PostgreSQL COPY variant of the same path.
 */
@PortalIntegrationTest
@WithMockUser(username = "marc", roles = "PRODUCT_OWNER")
class UsageBulkImportTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportErrorReport errorReport;

    @Autowired
    EntitlementService entitlements;

    @Autowired
    UsageService usage;

    @Autowired
    UsageBulkImport bulk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** A named-user line on marc's Inspire platform that no other test uses. */
    private long entitlement(String product) {
        SystemAuthentication.runAs(
                "test",
                () -> imports.importNow(
                        "entitlements",
                        "lines.csv",
                        csv("contract,platform,product,metric,quantity\nQD-MSLA-2021,Inspire Correspondence," + product
                                + ",Named users,500\n"),
                        ImportOptions.defaults()));
        return entitlements
                .page(new EntitlementFilter(product, null, null, null), null, PageRequest.of(0, 1))
                .getFirst()
                .id();
    }

    /** A daily count per row for the entitlement's product, {@code rows} days from 2019-01-01. */
    private static String report(String product, int rows) {
        StringBuilder file = new StringBuilder("Platform;Licence metric;Product;Env;Measured on;Count\n");
        for (int i = 0; i < rows; i++) {
            file.append("Inspire Correspondence;Named users;")
                    .append(product)
                    .append(";Production;")
                    .append(FIRST_DAY.plusDays(i))
                    .append(';')
                    .append(100 + i % 50)
                    .append('\n');
        }
        return file.toString();
    }

    private ImportOutcome importNow(String text) {
        return imports.importNow("usage", "usage.csv", csv(text), ImportOptions.defaults());
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revinfo", Long.class);
    }

    @Test
    void a_usage_report_through_the_wizard_writes_every_row_in_one_revision_that_names_the_importer() {
        long line = entitlement("Bulk wizard seats");

        ImportJobView job =
                wizard.upload("usage", "report.csv", csv(report("Bulk wizard seats", 2_500)), ImportOptions.defaults());
        wizard.validate(job.id(), wizard.preview(job.id(), 0).mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(120))
                .until(() -> !wizard.job(job.id()).status().isRunning());
        assertThat(wizard.job(job.id())).extracting(ImportJobView::status).isEqualTo(ImportStatus.VALID);
        assertThat(usage.countMeasurements(line))
                .as("validating writes nothing")
                .isZero();
        wizard.commit(job.id());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(120))
                .until(() -> wizard.job(job.id()).status().isFinished());

        assertThat(wizard.job(job.id()).outcome()).isEqualTo(new ImportOutcome(2_500, 0, 0));
        assertThat(usage.countMeasurements(line)).isEqualTo(2_500);
        assertThat(jdbc.queryForList(
                        "select distinct r.username from usage_measurement_aud a join revinfo r"
                                + " on r.id = a.rev join usage_measurement m on m.id = a.id where m.entitlement_id = ?"
                                + " and a.revtype = 0",
                        String.class,
                        line))
                .containsExactly("marc");
        assertThat(jdbc.queryForObject(
                        "select count(distinct a.rev) from usage_measurement_aud a" + " where a.entitlement_id = ?",
                        Long.class,
                        line))
                .isOne();
    }

    @Test
    void rows_that_repeat_an_earlier_row_exactly_are_written_once_and_reported() {
        long line = entitlement("Bulk repeated seats");
        String report = report("Bulk repeated seats", 40);
        String repeated =
                report + report.lines().skip(1).limit(3).map(l -> l + "\n").reduce("", String::concat);

        ImportOutcome outcome = importNow(repeated);

        assertThat(outcome.created()).isEqualTo(40);
        assertThat(outcome.unchanged()).isZero();
        assertThat(outcome.repeated().count()).isEqualTo(3);
        assertThat(outcome.repeated().listed()).isEqualTo("42 (= 2), 43 (= 3), 44 (= 4)");
        assertThat(usage.countMeasurements(line)).isEqualTo(40);
        assertThat(importNow(repeated)).extracting(ImportOutcome::unchanged).isEqualTo(40);
    }

    @Test
    void reimporting_the_same_report_changes_nothing_not_even_a_revision() {
        long line = entitlement("Bulk idempotent seats");
        String report = report("Bulk idempotent seats", 300);
        assertThat(importNow(report)).isEqualTo(new ImportOutcome(300, 0, 0));
        long revisions = revisions();

        assertThat(importNow(report)).isEqualTo(new ImportOutcome(0, 0, 300));

        assertThat(revisions()).isEqualTo(revisions);
        assertThat(usage.countMeasurements(line)).isEqualTo(300);
    }

    @Test
    void a_changed_row_updates_its_measurement_and_the_change_is_audited() {
        long line = entitlement("Bulk corrected seats");
        String report = report("Bulk corrected seats", 120);
        importNow(report);
        String corrected = report.replace(FIRST_DAY.plusDays(7) + ";107", FIRST_DAY.plusDays(7) + ";1 234,5");

        ImportOutcome outcome = imports.importNow(
                "usage",
                "usage.csv",
                csv(corrected),
                new ImportOptions(null, java.util.Locale.forLanguageTag("uk-UA")));

        assertThat(outcome).isEqualTo(new ImportOutcome(0, 1, 119));
        MeasurementView day = usage.measurements(line, PageRequest.of(0, 200)).stream()
                .filter(m -> m.from().equals(FIRST_DAY.plusDays(7)))
                .findFirst()
                .orElseThrow();
        assertThat(day.quantity()).isEqualByComparingTo("1234.5");
        assertThat(day.version()).isOne();
        assertThat(jdbc.queryForList(
                        "select a.revtype, a.quantity, r.username from usage_measurement_aud a"
                                + " join revinfo r on r.id = a.rev where a.id = ? order by a.rev",
                        day.id()))
                .extracting(
                        r -> ((Number) r.get("revtype")).intValue(),
                        r -> ((BigDecimal) r.get("quantity"))
                                .stripTrailingZeros()
                                .toPlainString(),
                        r -> r.get("username"))
                .containsExactly(tuple(0, "107", "marc"), tuple(1, "1234.5", "marc"));
    }

    @Test
    void a_report_with_any_invalid_row_writes_nothing_and_reports_every_row_error() {
        long line = entitlement("Bulk rejected seats");
        String report = report("Bulk rejected seats", 200)
                        .replace(FIRST_DAY.plusDays(10) + ";110", FIRST_DAY.plusDays(10) + ";11O")
                        .replace(
                                FIRST_DAY.plusDays(20).toString(),
                                FIRST_DAY.plusDays(19).toString())
                + "Inspire Correspondence;Named users;Bulk rejected seats;Production;"
                + LocalDate.now().plusDays(3)
                + ";5\n";

        ImportJobView job = wizard.upload("usage", "report.csv", csv(report), ImportOptions.defaults());
        wizard.validate(job.id(), wizard.preview(job.id(), 0).mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> !wizard.job(job.id()).status().isRunning());

        assertThat(wizard.job(job.id()).status()).isEqualTo(ImportStatus.INVALID);
        List<RowError> errors = errorReport.errors(job.id(), PageRequest.of(0, 10));
        assertThat(errors)
                .extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(
                        tuple(12L, "quantity", "import.value.not-a-number"),
                        tuple(22L, "platform", "import.value.duplicate-key"),
                        tuple(202L, "from", "measurement.future"));
        assertThat(errors.get(1).arguments()).extracting(String::valueOf).containsExactly("21", "22");
        assertThatThrownBy(() -> importNow(report))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors()).extracting(RowError::row).containsExactly(12L, 202L));
        assertThatThrownBy(() -> importNow(report("Bulk rejected seats", 30)
                        + report("Bulk rejected seats", 2)
                                .lines()
                                .skip(1)
                                .map(l -> l.replaceAll(";(\\d+)$", ";9$1") + "\n")
                                .reduce("", String::concat)))
                .as("a key repeated in the file with another count, found when writing")
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::messageKey)
                                .containsExactly(
                                        tuple(32L, "import.value.duplicate-key"),
                                        tuple(33L, "import.value.duplicate-key")));
        assertThat(usage.countMeasurements(line)).isZero();
    }

    @Test
    void the_bulk_write_refuses_rows_of_a_platform_the_product_owner_does_not_own() {
        long olenasLine =
                entitlements.page(new EntitlementFilter(null, null, null, null), null, PageRequest.of(0, 500)).stream()
                        .filter(e -> e.platform().name().equals("Exstream Statements"))
                        .findFirst()
                        .orElseThrow()
                        .id();
        long before = usage.countMeasurements(olenasLine);
        MeasurementDraft row = new MeasurementDraft(
                olenasLine,
                PlatformEnvironment.PRODUCTION,
                LocalDate.of(2020, 2, 29),
                null,
                BigDecimal.TEN,
                MeasurementSource.IMPORTED,
                null);

        // Past the row-by-row check (as if a reader had missed it): the set-based check at the write refuses.
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    var staging = bulk.stage();
                    staging.add(2, row);
                    staging.write();
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(usage.countMeasurements(olenasLine)).isEqualTo(before);

        String report = "platform,metric,environment,from,to,quantity\n"
                + "Exstream Statements,Documents per year,Production,2020-01-01,2020-01-31,1000\n";
        assertThatThrownBy(() -> importNow(report))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::messageKey)
                                .containsExactly("import.value.not-your-platform"));
    }

    @Test
    @WithMockUser(username = "finance", roles = "FINANCE")
    void finance_cannot_open_a_bulk_write() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> bulk.stage()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
