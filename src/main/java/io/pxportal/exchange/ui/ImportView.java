package io.pxportal.exchange.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.ImportErrorReport;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.security.Roles;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.MenuSection;
import jakarta.annotation.security.RolesAllowed;

/**
 * The import wizard: upload → map columns → validate (progress, every row error, a downloadable report) →
 * import all or nothing (progress, counts). Work runs in the background and is kept per user, so a reload or a
 * second tab shows the same import where it stands. Open to the roles that own importable records; a module
 * whose records another role maintains adds that role here.
 */
@Route("import")
@Menu(title = "menu.import", order = 80, icon = "vaadin:upload")
@InMenuSection(MenuSection.ADMINISTRATION)
@RolesAllowed({Roles.ADMIN, Roles.PRODUCT_OWNER, Roles.FINANCE})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MS = 500;

    private final transient ImportWizard imports;
    private final transient ImportErrorReport errorReport;
    private final transient ExportService exports;
    private final VerticalLayout step = new VerticalLayout();
    private Registration polling;

    public ImportView(ImportWizard imports, ImportErrorReport errorReport, ExportService exports) {
        this.imports = imports;
        this.errorReport = errorReport;
        this.exports = exports;
        setId("import-view");
        H2 title = new H2(getTranslation("menu.import"));
        title.addClassName("px-page-title");
        step.setPadding(false);
        add(title, step);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        imports.unfinished().ifPresentOrElse(this::show, this::showStart);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    void showStart() {
        step.removeAll();
        if (imports.importableTypes().isEmpty()) {
            step.add(new Paragraph(getTranslation("import.nothing-allowed")));
            return;
        }
        step.add(new ImportStartPanel(imports, exports, this::show));
    }

    /** Shows the step the import is in; while it runs, polls for progress. */
    void show(ImportJobView job) {
        step.removeAll();
        UI ui = UI.getCurrent();
        switch (job.status()) {
            case UPLOADED -> step.add(new MappingPanel(imports, job, this::show, this::showStart));
            case VALIDATING, COMMITTING -> step.add(new ProgressPanel(imports, job, this::show));
            case VALID, INVALID, DONE, FAILED, DISCARDED -> step.add(new ResultPanel(imports, errorReport, job, this));
        }
        if (job.status().isRunning()) {
            startPolling(ui, job.id());
        } else {
            stopPolling(ui);
        }
    }

    private void startPolling(UI ui, long jobId) {
        if (polling == null) {
            ui.setPollInterval(POLL_MS);
            polling = ui.addPollListener(e -> show(imports.job(jobId)));
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.import");
    }
}
