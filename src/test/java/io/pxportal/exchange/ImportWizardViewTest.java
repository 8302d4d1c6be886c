package io.pxportal.exchange;

import static io.pxportal.exchange.TestImports.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import io.pxportal.PortalViewTest;
import io.pxportal.exchange.ui.ImportView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import page never waits on an import that will not end: a failed API import or a cut-off one; a running one
 * can be cancelled from it.
 */
class ImportWizardViewTest extends PortalViewTest {

    @Autowired
    DirectImport imports;

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @WithMockUser(username = "wizard-view-1", roles = "ADMIN")
    void after_a_failed_api_import_the_page_offers_a_new_import_not_its_progress() {
        String file = "Case ID,Severity,Title,Opened\nCS-VIEW-1,P2,Batch fails,2026-03-05 10:15\n";
        assertThatThrownBy(() -> imports.importNow("tickets", "tickets.csv", csv(file), ImportOptions.defaults()))
                .isInstanceOf(ImportFileException.class);

        navigate(ImportView.class);

        assertThat(find(Select.class).id("import-type").isVisible()).isTrue();
        assertThat(find(ProgressBar.class).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "wizard-view-2", roles = "ADMIN")
    void an_import_cut_off_mid_run_is_shown_as_interrupted_with_a_new_start() {
        TestImports.checkingSince(
                wizard,
                jobs,
                transactions,
                "cut-off.csv",
                "Wizard View Cut Off",
                Instant.now().minus(ImportHeartbeat.STALE_AFTER).minus(Duration.ofMinutes(1)));

        navigate(ImportView.class);

        assertThat(find(ProgressBar.class).exists()).isFalse();
        assertThat(find(H3.class).id("import-status").getText()).contains("cut-off.csv");
        assertThat(find(Paragraph.class).id("import-failure").getText()).contains("interrupted");
        test(find(Button.class).id("import-again")).click();
        assertThat(find(Select.class).id("import-type").isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "wizard-view-3", roles = "ADMIN")
    void a_running_import_is_cancelled_from_its_progress_step() {
        ImportJobView running = TestImports.checkingSince(
                wizard,
                jobs,
                transactions,
                "running.csv",
                "Wizard View Running",
                Instant.now().minusSeconds(5));

        navigate(ImportView.class);
        assertThat(find(ProgressBar.class).exists()).isTrue();
        test(find(Button.class).id("import-cancel")).click();

        // Its node stops it at the next step; until then the page says the cancel is on its way.
        assertThat(find(Paragraph.class).id("import-cancelling").getText()).contains("Cancelling");
        assertThat(find(Button.class).withId("import-cancel").exists()).isFalse();
        assertThat(jobs.findById(running.id()).orElseThrow().getCancelRequestedBy())
                .isEqualTo("wizard-view-3");
        TestImports.stop(jobs, transactions, running.id());
    }
}
