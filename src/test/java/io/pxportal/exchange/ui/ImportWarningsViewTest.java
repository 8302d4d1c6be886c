package io.pxportal.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.pxportal.PortalViewTest;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.exchange.RowError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "olena", roles = "PRODUCT_OWNER")
class ImportWarningsViewTest extends PortalViewTest {

    @Autowired
    ImportWizard wizard;

    @Test
    @SuppressWarnings("unchecked")
    void a_valid_file_with_a_warning_shows_the_row_and_what_to_check_before_importing() {
        String file = "number;title;vendor;platforms;start;initialTermMonths;renewalType;renewalPeriodMonths;"
                + "noticeAmount;noticeUnit;currency\n"
                + "UI-IMP-W-1;Notice longer than the term;OpenText;Exstream Statements;2026-01-01;3;AUTOMATIC;12;6;"
                + "MONTHS;EUR\n";
        ImportJobView job = wizard.upload(
                "contracts",
                "warned.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                ImportOptions.defaults());
        wizard.validate(job.id(), wizard.preview(job.id(), 1).mapping());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> wizard.job(job.id()).status() == ImportStatus.VALID);

        navigate(ImportView.class);

        assertThat(find(Paragraph.class).id("import-warnings-text").getText()).isNotBlank();
        Grid<RowError> warnings = find(Grid.class).id("import-warnings");
        assertThat(test(warnings).size()).isEqualTo(1);
        assertThat(test(warnings).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(warnings).getCellText(0, 2)).contains("6").contains("3");
    }
}
