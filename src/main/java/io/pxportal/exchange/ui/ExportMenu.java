package io.pxportal.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.pxportal.exchange.ExportService;
import io.pxportal.exchange.FileFormat;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * "Export: CSV · XLSX" for a list: downloads what the list shows, with its current filter and sort, streamed
 * page by page from the service, so any number of rows exports without being loaded at once.
 */
public class ExportMenu<T> extends Composite<HorizontalLayout> {

    public ExportMenu(
            String fileStem, ExportService exports, ListColumns<T> columns, Function<Pageable, List<T>> page) {
        HorizontalLayout content = getContent();
        content.setAlignItems(FlexComponent.Alignment.BASELINE);
        content.setSpacing(false);
        content.addClassName("px-export");
        Span label = new Span(getTranslation("export.label"));
        label.addClassName("px-muted");
        content.add(VaadinIcon.DOWNLOAD_ALT.create(), label);
        for (FileFormat format : FileFormat.values()) {
            String fileName = exports.fileName(fileStem, format);
            DownloadHandler download = event -> {
                event.setFileName(fileName);
                event.setContentType(format.contentType());
                // Read the grid's headers and sort under the session lock; the rows stream without it.
                List<List<String>> headers = new java.util.ArrayList<>();
                List<Sort> sort = new java.util.ArrayList<>();
                event.getUI().accessSynchronously(() -> {
                    headers.add(columns.headers());
                    sort.add(columns.sort());
                });
                exports.writeList(
                        format,
                        event.getOutputStream(),
                        headers.getFirst(),
                        p -> page.apply(PageRequest.of(p.getPageNumber(), p.getPageSize(), sort.getFirst())),
                        columns::cells);
            };
            Anchor link = new Anchor(download, format.name());
            link.setId(fileStem + "-export-" + format.name().toLowerCase());
            content.add(link);
        }
    }
}
