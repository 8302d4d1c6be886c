package io.pxportal.contracts;

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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The sanity rules on the import: implausible dates are row errors, inconsistent terms warnings (ADR 006). */
@PortalIntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class ContractSanityImportTest {

    private static final String HEADER = "number;title;vendor;platforms;owner;start;initialTermMonths;renewalType;"
            + "renewalPeriodMonths;noticeAmount;noticeUnit;currency\n";

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportErrorReport errorReport;

    @Autowired
    ContractService contracts;

    private ImportOutcome importCsv(String csv) {
        return imports.importNow(
                "contracts",
                "contracts.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
    }

    @Test
    void implausible_dates_are_row_errors_on_their_column_and_nothing_is_written() {
        String file = HEADER
                + "IMP-S-1;Typo year;OpenText;Exstream Statements;;0225-03-01;12;AUTOMATIC;12;90;DAYS;EUR\n"
                + "IMP-S-2;Far ahead;OpenText;Exstream Statements;;2205-03-01;12;AUTOMATIC;12;90;DAYS;EUR\n"
                + "IMP-S-3;Fine;OpenText;Exstream Statements;;2025-03-01;12;AUTOMATIC;12;90;DAYS;EUR\n";

        assertThatThrownBy(() -> importCsv(file))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        e -> assertThat(e.errors())
                                .extracting(RowError::row, RowError::column, RowError::messageKey)
                                .containsExactly(
                                        tuple(2L, "start", "contract.start.implausible"),
                                        tuple(3L, "start", "contract.start.implausible")));
        assertThat(contracts.count(new ContractFilter("IMP-S-", null, null))).isZero();
    }

    @Test
    void a_term_shorter_than_its_notice_is_imported_with_a_warning_for_its_row() {
        String file = HEADER
                + "IMP-W-1;Consistent;OpenText;Exstream Statements;;2025-03-01;12;AUTOMATIC;12;90;DAYS;EUR\n"
                + "IMP-W-2;Notice longer than term;OpenText;Exstream Statements;;2026-01-01;3;AUTOMATIC;12;6;MONTHS;"
                + "EUR\n";

        ImportOutcome outcome = importCsv(file);

        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.warnings())
                .extracting(RowError::row, RowError::column, RowError::messageKey)
                .containsExactly(tuple(3L, "noticeAmount", "contract.warning.notice-exceeds-initial-term.MONTHS"));
        assertThat(contracts.page(new ContractFilter("IMP-W-2", null, null, true), PageRequest.of(0, 1)))
                .hasSize(1);
    }

    @Test
    void json_rows_report_the_same_warning() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", "IMP-J-1");
        row.put("title", "Monthly renewal, three months' notice");
        row.put("vendor", "OpenText");
        row.put("platforms", List.of("Exstream Statements"));
        row.put("start", "2025-01-01");
        row.put("initialTermMonths", 12);
        row.put("renewalType", "AUTOMATIC");
        row.put("renewalPeriodMonths", 1);
        row.put("noticeAmount", 3);
        row.put("noticeUnit", "MONTHS");
        row.put("currency", "EUR");

        ImportOutcome outcome = imports.importRows("contracts", List.of(row), ImportOptions.defaults());

        assertThat(outcome.warnings())
                .extracting(RowError::row, RowError::messageKey)
                .containsExactly(tuple(1L, "contract.warning.notice-exceeds-renewal-term.MONTHS"));
    }

    @Test
    void the_wizard_keeps_the_warnings_apart_from_the_errors_and_imports_the_row() {
        String file = HEADER + "IMP-Z-1;Wizard;OpenText;Exstream Statements;;2026-01-01;3;AUTOMATIC;12;6;MONTHS;EUR\n";
        ImportJobView job = wizard.upload(
                "contracts",
                "wizard.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        wizard.validate(job.id(), wizard.preview(job.id(), 1).mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !wizard.job(job.id()).status().isRunning());

        assertThat(wizard.job(job.id()).status()).isEqualTo(ImportStatus.VALID);
        assertThat(errorReport.errors(job.id(), PageRequest.of(0, 10))).isEmpty();
        assertThat(errorReport.warnings(job.id(), PageRequest.of(0, 10)))
                .extracting(RowError::row, RowError::messageKey)
                .containsExactly(tuple(2L, "contract.warning.notice-exceeds-initial-term.MONTHS"));

        wizard.commit(job.id());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> wizard.job(job.id()).status().isFinished());
        assertThat(wizard.job(job.id()).status()).isEqualTo(ImportStatus.DONE);
        assertThat(contracts.count(new ContractFilter("IMP-Z-1", null, null, true)))
                .isEqualTo(1);
    }
}
