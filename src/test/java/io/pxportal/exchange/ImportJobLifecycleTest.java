package io.pxportal.exchange;

import static io.pxportal.exchange.TestImports.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pxportal.PortalIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How imports end, and which one the wizard picks up: an API import that fails ends failed with its reason (and
 * its row errors), never "running"; the wizard resumes the user's own wizard import, not one of the API; an import
 * whose node stopped reporting is failed as interrupted instead of holding the wizard. Each test has its own user.
 */
@PortalIntegrationTest
class ImportJobLifecycleTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportErrorReport errorReport;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    PlatformTransactionManager transactions;

    private ImportJob latest(String user, ImportOrigin origin) {
        return jobs.findFirstByUsernameAndOriginOrderByIdDesc(user, origin).orElseThrow();
    }

    @Test
    @WithMockUser(username = "lifecycle-1", roles = "ADMIN")
    void an_api_ticket_file_without_a_platform_column_fails_and_leaves_the_wizard_free() {
        String file = "Case ID,Severity,Title,Opened\nCS-LIFE-1,P2,Batch fails,2026-03-05 10:15\n";

        assertThatThrownBy(() -> imports.importNow("tickets", "tickets.csv", csv(file), ImportOptions.defaults()))
                .isInstanceOf(ImportFileException.class);

        ImportJob job = latest("lifecycle-1", ImportOrigin.API);
        assertThat(job.getStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.toView().messageKey()).isEqualTo("import.mapping.required-missing");
        assertThat(wizard.unfinished()).isEmpty();
    }

    @Test
    @WithMockUser(username = "lifecycle-2", roles = "ADMIN")
    void a_rejected_api_import_keeps_its_row_errors() {
        String file = "name,country\nLifecycle Vendor,Nowhere\n";

        assertThatThrownBy(() -> imports.importNow("vendors", "vendors.csv", csv(file), ImportOptions.defaults()))
                .isInstanceOf(ImportRejectedException.class);

        ImportJob job = latest("lifecycle-2", ImportOrigin.API);
        assertThat(job.getStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.toView().errorCount()).isEqualTo(1);
        assertThat(errorReport.errors(job.getId(), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(error -> assertThat(error.column()).isEqualTo("country"));
    }

    @Test
    @WithMockUser(username = "lifecycle-3", roles = "ADMIN")
    void the_wizard_resumes_its_own_import_after_an_api_import_of_the_same_user() {
        ImportJobView started = wizard.upload(
                "vendors", "wizard.csv", csv("name\nLifecycle Wizard Vendor\n"), ImportOptions.defaults());

        imports.importNow("vendors", "api.csv", csv("name\nLifecycle API Vendor\n"), ImportOptions.defaults());

        assertThat(wizard.unfinished())
                .hasValueSatisfying(job -> assertThat(job.id()).isEqualTo(started.id()));
        wizard.discard(started.id());
    }

    @Test
    @WithMockUser(username = "lifecycle-4", roles = "ADMIN")
    void an_import_whose_node_stopped_reporting_is_failed_as_interrupted_and_frees_the_wizard() {
        // As a node that died while checking the rows leaves it: running, its last report minutes old.
        TestImports.checkingSince(
                wizard,
                jobs,
                transactions,
                "cut-off.csv",
                "Lifecycle Cut Off Vendor",
                Instant.now().minus(ImportHeartbeat.STALE_AFTER).minus(Duration.ofSeconds(30)));

        assertThat(wizard.unfinished()).hasValueSatisfying(shown -> {
            assertThat(shown.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(shown.messageKey()).isEqualTo("import.interrupted");
        });
        assertThat(wizard.unfinished()).isEmpty();
    }

    @Test
    @WithMockUser(username = "lifecycle-5", roles = "ADMIN")
    void a_running_import_that_still_reports_is_not_taken_for_cut_off() {
        TestImports.checkingSince(
                wizard,
                jobs,
                transactions,
                "slow.csv",
                "Lifecycle Slow Vendor",
                Instant.now().minus(ImportHeartbeat.STALE_AFTER).plus(Duration.ofSeconds(30)));

        assertThat(wizard.unfinished())
                .hasValueSatisfying(shown -> assertThat(shown.status()).isEqualTo(ImportStatus.VALIDATING));
    }
}
