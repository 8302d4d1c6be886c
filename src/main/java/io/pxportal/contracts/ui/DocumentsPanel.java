package io.pxportal.contracts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import io.pxportal.contracts.ContractDocumentService;
import io.pxportal.contracts.ContractDocumentView;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.shared.ui.PortalGrids;
import io.pxportal.shared.ui.ShellPreferences;
import io.pxportal.shared.ui.UserFileDownload;
import java.io.InputStream;
import java.nio.file.Files;

/** A contract's documents: download for everyone, upload and removal for those who may change the contract. */
class DocumentsPanel extends Composite<VerticalLayout> {

    private final transient ContractDocumentService documents;
    private final Long contractId;
    private final Grid<ContractDocumentView> grid = new Grid<>();

    DocumentsPanel(ContractDocumentService documents, Long contractId, boolean editable) {
        this.documents = documents;
        this.contractId = contractId;
        grid.setId("contract-documents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::download)
                .setHeader(getTranslation("document.file-name"))
                .setFlexGrow(1);
        PortalGrids.text(grid, d -> Formats.number(d.sizeBytes() / 1024, getLocale()) + " KB")
                .setHeader(getTranslation("document.size"))
                .setAutoWidth(true);
        PortalGrids.text(grid, ContractDocumentView::uploadedBy)
                .setHeader(getTranslation("document.uploaded-by"))
                .setAutoWidth(true);
        PortalGrids.text(grid, d -> Formats.dateTime(d.uploadedAt(), ShellPreferences.zone(), getLocale()))
                .setHeader(getTranslation("document.uploaded-at"))
                .setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(this::remove).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(grid);
        if (editable) {
            getContent().add(upload());
        }
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            try (InputStream in = Files.newInputStream(file.toPath())) {
                documents.upload(contractId, metadata.fileName(), metadata.contentType(), in);
                ui.access(() -> {
                    Notifications.success(getTranslation("document.uploaded", metadata.fileName()));
                    refresh();
                });
            } catch (DomainException e) {
                ui.access(() -> Notifications.error(getTranslation(e.messageKey(), e.arguments())));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setId("contract-document-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxSize()));
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("document.too-large", documents.maxSize() / (1024 * 1024))));
        return upload;
    }

    private Anchor download(ContractDocumentView document) {
        Anchor link = new Anchor(
                (DownloadHandler) event -> {
                    UserFileDownload.prepare(event, document.fileName(), document.contentType());
                    documents.download(document.id(), event.getOutputStream());
                },
                document.fileName());
        return link;
    }

    private Button remove(ContractDocumentView document) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            documents.delete(contractId, document.id());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("document.remove", document.fileName()));
        return remove;
    }

    private void refresh() {
        EmptyState.on(grid, getTranslation("empty.documents"));
        grid.setItems(documents.list(contractId));
    }
}
