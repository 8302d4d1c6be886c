package io.pxportal.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportErrorReport;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.exchange.RepeatedRows;
import io.pxportal.exchange.RowError;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.PortalGrids;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The outcome of a step: ready to import, the row errors (with a report), the counts, or why it failed. */
class ResultPanel extends Composite<VerticalLayout> {

    private final transient ImportWizard imports;
    private final transient ImportErrorReport errorReport;
    private final ImportJobView job;
    private final ImportView view;

    ResultPanel(ImportWizard imports, ImportErrorReport errorReport, ImportJobView job, ImportView view) {
        this.imports = imports;
        this.errorReport = errorReport;
        this.job = job;
        this.view = view;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("import-result");
        switch (job.status()) {
            case VALID -> valid();
            case INVALID -> invalid();
            case DONE -> done();
            case FAILED -> failed();
            default -> view.showStart();
        }
    }

    private void valid() {
        Button commit = new Button(getTranslation("import.commit"), e -> view.show(imports.commit(job.id())));
        commit.setId("import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent()
                .add(
                        title("import.valid.title", job.totalRows(), job.fileName()),
                        new Paragraph(getTranslation("import.valid.text")));
        repeated(job.repeated());
        addWarnings();
        getContent().add(new HorizontalLayout(discard(), commit));
    }

    /** The rows that repeat an earlier row exactly: imported once, which the user should know. */
    private void repeated(RepeatedRows rows) {
        if (rows.count() > 0) {
            Paragraph warning = new Paragraph(getTranslation("import.repeated", rows.count(), rows.listed()));
            warning.setId("import-repeated");
            getContent().add(warning);
        }
    }

    /** The rows that are (or were) imported with a warning, if there are any. */
    private void addWarnings() {
        if (errorReport.warnings(job.id(), PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("import.warnings.text"));
        intro.setId("import-warnings-text");
        Grid<RowError> warnings = rows("import-warnings", (id, page) -> errorReport.warnings(id, page));
        warnings.setHeight("14em");
        getContent().add(intro, warnings);
    }

    private Grid<RowError> rows(String id, java.util.function.BiFunction<Long, Pageable, List<RowError>> page) {
        Map<String, String> labels = imports.importableTypes().stream()
                .filter(t -> t.type().equals(job.recordType()))
                .flatMap(t -> t.columns().stream())
                .collect(Collectors.toMap(ImportColumn::name, c -> getTranslation(c.labelKey())));
        Grid<RowError> rows = new Grid<>();
        rows.setId(id);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        PortalGrids.text(rows, RowError::row)
                .setHeader(getTranslation("import.report.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PortalGrids.text(rows, e -> e.column() == null ? "" : labels.getOrDefault(e.column(), e.column()))
                .setHeader(getTranslation("import.report.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PortalGrids.text(rows, e -> getTranslation(e.messageKey(), e.arguments()))
                .setHeader(getTranslation("import.report.problem"))
                .setFlexGrow(1);
        EmptyState.on(rows, getTranslation("empty.import.errors"));
        rows.setItems(q -> page.apply(job.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        return rows;
    }

    private void invalid() {
        Button remap = new Button(getTranslation("import.remap"), e -> {
            getContent().removeAll();
            getContent().add(new MappingPanel(imports, job, view::show, view::showStart));
        });
        remap.setId("import-remap");
        getContent()
                .add(
                        title("import.invalid.title", job.errorCount(), job.fileName()),
                        new Paragraph(getTranslation("import.invalid.text")),
                        errors(),
                        report(),
                        new HorizontalLayout(discard(), remap));
    }

    /** Every row error, with the column's label in the user's language. */
    private Grid<RowError> errors() {
        Grid<RowError> errors = rows("import-errors", (id, page) -> errorReport.errors(id, page));
        errors.setHeight("24em");
        return errors;
    }

    private Anchor report() {
        Anchor report = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("import-" + job.id() + "-errors.csv");
                    event.setContentType(FileFormat.CSV.contentType());
                    errorReport.writeErrorReport(job.id(), getLocale(), event.getOutputStream());
                },
                getTranslation("import.report.download"));
        report.setId("import-error-report");
        return report;
    }

    private void done() {
        Paragraph counts = new Paragraph(getTranslation(
                "import.done.counts",
                job.outcome().created(),
                job.outcome().updated(),
                job.outcome().unchanged()));
        counts.setId("import-counts");
        getContent().add(title("import.done.title", job.fileName()), counts);
        repeated(job.outcome().repeated());
        addWarnings();
        getContent().add(again());
    }

    private void failed() {
        String reason = job.messageKey() == null ? "" : getTranslation(job.messageKey(), job.messageArgument());
        Paragraph why = new Paragraph(reason);
        why.setId("import-failure");
        getContent().add(title("import.failed.title", job.fileName()), why);
        if (job.errorCount() > 0) {
            // Rows that turned invalid between the check and the import (someone changed the data meanwhile).
            getContent().add(errors(), report());
        }
        getContent().add(again());
    }

    private H3 title(String key, Object... arguments) {
        H3 title = new H3(getTranslation(key, arguments));
        title.setId("import-status");
        return title;
    }

    private Button discard() {
        Button discard = new Button(getTranslation("import.discard"), e -> {
            imports.discard(job.id());
            view.showStart();
        });
        discard.setId("import-discard");
        return discard;
    }

    private Button again() {
        Button again = new Button(getTranslation("import.again"), e -> view.showStart());
        again.setId("import-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return again;
    }
}
