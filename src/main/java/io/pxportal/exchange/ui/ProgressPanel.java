package io.pxportal.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportStatus;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;
import java.util.function.Consumer;

/**
 * Steps 3 and 4 while they run: a progress bar (indeterminate until the row count is known), rows done, and a
 * cancel button; once a cancel is asked for, it says so until the import has stopped.
 */
class ProgressPanel extends Composite<VerticalLayout> {

    ProgressPanel(ImportWizard imports, ImportJobView job, Consumer<ImportJobView> onChange) {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        Double progress = job.progress();
        bar.setIndeterminate(progress == null);
        if (progress != null) {
            bar.setValue(progress);
        }
        String title = getTranslation(
                job.status() == ImportStatus.VALIDATING ? "import.validating" : "import.committing", job.fileName());
        Paragraph rows = new Paragraph(getTranslation("import.rows-done", job.processedRows()));
        rows.setId("import-rows-done");
        getContent().setPadding(false);
        getContent().add(new H3(title), bar, rows);
        if (job.cancelRequestedBy() != null) {
            Paragraph cancelling = new Paragraph(getTranslation("import.cancelling"));
            cancelling.setId("import-cancelling");
            getContent().add(cancelling);
            return;
        }
        Button cancel = new Button(getTranslation("import.cancel"), e -> {
            try {
                onChange.accept(imports.cancel(job.id()));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                onChange.accept(imports.job(job.id()));
            }
        });
        cancel.setId("import-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getContent().add(new Paragraph(getTranslation("import.background")), cancel);
    }
}
