package io.pxportal.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportStatus;

/** Steps 3 and 4 while they run: a progress bar (indeterminate until the row count is known) and rows done. */
class ProgressPanel extends Composite<VerticalLayout> {

    ProgressPanel(ImportJobView job) {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        Double progress = job.progress();
        bar.setIndeterminate(progress == null);
        if (progress != null) {
            bar.setValue(progress);
        }
        String title = getTranslation(job.status() == ImportStatus.VALIDATING ? "import.validating" : "import.committing",
                job.fileName());
        Paragraph rows = new Paragraph(getTranslation("import.rows-done", job.processedRows()));
        rows.setId("import-rows-done");
        getContent().setPadding(false);
        getContent().add(new H3(title), bar, rows, new Paragraph(getTranslation("import.background")));
    }
}
