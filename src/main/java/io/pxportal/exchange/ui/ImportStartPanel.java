package io.pxportal.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import io.pxportal.exchange.ImportJobView;
import io.pxportal.exchange.ImportOptions;
import io.pxportal.exchange.ImportTypeInfo;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.shared.api.UploadLimit;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.ui.Notifications;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Step 1: what to import, how the file is written, the file itself; plus templates and a full export. */
class ImportStartPanel extends Composite<VerticalLayout> {

    static final List<Charset> CHARSETS =
            List.of(StandardCharsets.UTF_8, ImportOptions.WINDOWS_1251, ImportOptions.WINDOWS_1256);
    static final List<Locale> FILE_LOCALES = List.of(
            Locale.UK,
            Locale.US,
            Locale.GERMANY,
            Locale.FRANCE,
            Locale.forLanguageTag("uk-UA"),
            Locale.forLanguageTag("ru-RU"),
            Locale.forLanguageTag("ar-SA"));

    private final Select<ImportTypeInfo> type = new Select<>();
    private final Select<Charset> charset = new Select<>();
    private final Select<Locale> fileLocale = new Select<>();
    private final Div downloads = new Div();

    ImportStartPanel(ImportWizard imports, ExportService exports, Consumer<ImportJobView> uploaded) {
        List<ImportTypeInfo> types = imports.importableTypes();
        type.setLabel(getTranslation("import.type"));
        type.setId("import-type");
        type.setItems(types);
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setValue(types.getFirst());
        charset.setLabel(getTranslation("import.charset"));
        charset.setId("import-charset");
        charset.setItems(CHARSETS);
        charset.setItemLabelGenerator(
                c -> getTranslation("import.charset." + c.name().toLowerCase(Locale.ROOT)));
        charset.setValue(StandardCharsets.UTF_8);
        charset.setHelperText(getTranslation("import.charset.help"));
        fileLocale.setLabel(getTranslation("import.file-locale"));
        fileLocale.setId("import-locale");
        fileLocale.setItems(FILE_LOCALES);
        fileLocale.setItemLabelGenerator(l -> l.getDisplayName(getLocale()) + " — "
                + getTranslation("import.file-locale.example", sampleDate(l), sampleNumber(l)));
        fileLocale.setValue(Locale.UK);

        long maxFileSize = imports.maxFileSize();
        Upload upload = new Upload(new LimitedTempFileUpload(maxFileSize, (metadata, file) -> {
            UI ui = UI.getCurrent();
            try (InputStream in = Files.newInputStream(file.toPath())) {
                ImportJobView job = imports.upload(
                        type.getValue().type(),
                        metadata.fileName(),
                        in,
                        new ImportOptions(charset.getValue(), fileLocale.getValue()));
                ui.access(() -> uploaded.accept(job));
            } catch (DomainException e) {
                ui.access(() -> Notifications.error(getTranslation(e.messageKey(), e.arguments())));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", ".xlsx");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileSize));
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("import.file.rejected", UploadLimit.megabytes(maxFileSize))));

        type.addValueChangeListener(e -> showDownloads(exports));
        showDownloads(exports);
        FormLayout options = new FormLayout(type, charset, fileLocale);
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("import.intro")), options, upload, downloads);
    }

    /**
     * Vaadin's temporary-file upload with the import's limit on the server too: the browser's own check is only
     * a courtesy, and without these a client that skips it would fill the temporary folder before the import
     * refuses the file.
     */
    private static final class LimitedTempFileUpload extends TemporaryFileUploadHandler {

        private final long maxFileSize;

        LimitedTempFileUpload(long maxFileSize, FileUploadCallback callback) {
            super(callback);
            this.maxFileSize = maxFileSize;
        }

        @Override
        public long getFileSizeMax() {
            return maxFileSize;
        }

        @Override
        public long getRequestSizeMax() {
            return maxFileSize + UploadLimit.MULTIPART_ENVELOPE_BYTES;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    private void showDownloads(ExportService exports) {
        downloads.removeAll();
        ImportTypeInfo info = type.getValue();
        downloads.addClassName("px-downloads");
        downloads.add(new Paragraph(getTranslation("import.templates")));
        for (FileFormat format : FileFormat.values()) {
            downloads.add(link(
                    format,
                    "template",
                    getTranslation("import.template", format.name()),
                    event -> exports.writeTemplate(info.type(), format, getLocale(), event.getOutputStream())));
            downloads.add(link(
                    format,
                    "all",
                    getTranslation("import.export-all", format.name()),
                    event -> exports.writeAll(info.type(), format, getLocale(), event.getOutputStream())));
        }
    }

    private Anchor link(FileFormat format, String kind, String text, Writer writer) {
        String fileName = type.getValue().type() + "-" + kind + format.extension();
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(format.contentType());
                    writer.write(event);
                },
                text);
        anchor.setId("import-" + kind + "-" + format.name().toLowerCase(Locale.ROOT));
        anchor.addClassName("px-download-link");
        return anchor;
    }

    /** Writes one download. */
    @FunctionalInterface
    private interface Writer {
        void write(com.vaadin.flow.server.streams.DownloadEvent event) throws java.io.IOException;
    }

    private static String sampleDate(Locale locale) {
        return switch (locale.getCountry()) {
            case "US" -> "12/31/2026";
            case "GB", "FR", "SA" -> "31/12/2026";
            default -> "31.12.2026";
        };
    }

    private static String sampleNumber(Locale locale) {
        return java.text.NumberFormat.getNumberInstance(locale).format(1234.56);
    }
}
