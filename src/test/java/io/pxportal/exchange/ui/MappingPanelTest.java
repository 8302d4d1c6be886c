package io.pxportal.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.pxportal.PortalViewTest;
import io.pxportal.exchange.ImportErrorReport;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "admin", roles = "ADMIN")
class MappingPanelTest extends PortalViewTest {

    private static final String EXPORT = "Case Number,Subject,Priority,Date/Time Opened,Status\n"
            + "UI-QD-1,Template fails,P2,2026-03-05 10:15,New\n"
            + "UI-QD-1,Template fails,P2,2026-03-05 10:15,New\n";

    @Autowired
    ImportWizard wizard;

    @Autowired
    ImportErrorReport errorReport;

    private ImportJobView job;

    @AfterEach
    void discard() {
        if (job != null && !wizard.job(job.id()).status().isFinished()) {
            wizard.discard(job.id());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_column_the_file_lacks_gets_one_value_for_every_row_and_repeats_are_shown() {
        job = wizard.upload(
                "tickets",
                "portal.csv",
                new ByteArrayInputStream(EXPORT.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        ImportView view = navigate(ImportView.class);

        Select<Integer> platform = find(Select.class).id("import-map-platform");
        assertThat(platform.getValue()).isEqualTo(MappingPanel.NOT_IN_FILE);
        assertThat(find(TextField.class).withId("import-value-platform").all())
                .as("hidden until chosen")
                .isEmpty();
        platform.setValue(MappingPanel.ONE_VALUE);
        TextField value = find(TextField.class).id("import-value-platform");
        test(value).setValue("SmartCOMM Onboarding Pilot");
        test(find(Button.class).id("import-validate")).click();

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !wizard.job(job.id()).status().isRunning());
        ImportJobView checked = wizard.job(job.id());
        assertThat(checked.status()).isEqualTo(ImportStatus.VALID);
        assertThat(checked.options().values()).containsEntry("platform", "SmartCOMM Onboarding Pilot");
        assertThat(checked.repeated().count()).isOne();

        view.show(checked); // what the view's polling does in a browser
        assertThat(find(Paragraph.class).id("import-repeated").getText()).contains("3 (= 2)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_bad_value_for_every_row_is_one_error_that_names_it() {
        job = wizard.upload(
                "tickets",
                "portal.csv",
                new ByteArrayInputStream(EXPORT.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        navigate(ImportView.class);

        ((Select<Integer>) find(Select.class).id("import-map-platform")).setValue(MappingPanel.ONE_VALUE);
        test(find(TextField.class).id("import-value-platform")).setValue("Nowhere CCM");
        test(find(Button.class).id("import-validate")).click();

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !wizard.job(job.id()).status().isRunning());
        assertThat(wizard.job(job.id()).status()).isEqualTo(ImportStatus.INVALID);
        assertThat(wizard.job(job.id()).errorCount()).isOne();
        assertThat(errorReport.errors(job.id(), org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(e -> assertThat(e.arguments()).containsExactly("Nowhere CCM"));
    }
}
