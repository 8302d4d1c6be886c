package io.pxportal.shared.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart shown in the UI in the portal style, as an SVG image that the browser fetches when it shows
 * it: the session keeps only the chart, not its SVG text (which doubled the memory of a page's first
 * response, docs/benchmarks.md). {@code altText} describes the chart for screen readers. A chart with nothing
 * to plot shows, in place of the image, the sentence its builder set with {@link EmptyChart#saying} (or a
 * general one) — text the reader and a screen reader both get, and no axis that reads as a measurement.
 */
public class ChartView extends Composite<Div> {

    private final int width;
    private final int height;
    private String emptyMessage;

    public ChartView(int width, int height) {
        this.width = width;
        this.height = height;
        getContent().addClassName("px-chart");
    }

    /** Draws the chart, styled light or dark; the chart is built now, in the UI's thread and language. */
    public void show(Supplier<JFreeChart> chart, boolean dark, String altText) {
        JFreeChart built = chart.get();
        if (EmptyChart.isEmpty(built)) {
            showEmpty(EmptyChart.message(built) == null ? getTranslation("chart.empty") : EmptyChart.message(built));
            if (built.getTitle() != null && built.getTitle().getText() != null) {
                Span title = new Span(built.getTitle().getText());
                title.addClassName("px-chart-empty-title");
                getContent().addComponentAsFirst(title);
            }
            return;
        }
        getContent().removeAll();
        emptyMessage = null;
        ChartStyle.apply(built, dark);
        int w = width;
        int h = height;
        DownloadHandler svg = event -> {
            byte[] bytes = ChartRenderer.toSvg(built, w, h).getBytes(StandardCharsets.UTF_8);
            event.setFileName("chart.svg");
            event.inline();
            event.setContentType("image/svg+xml");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Image image = new Image(svg, altText);
        // The image's own size gives it its place (scaled by the style sheet) before the SVG has arrived
        image.getElement().setAttribute("width", String.valueOf(w));
        image.getElement().setAttribute("height", String.valueOf(h));
        getContent().add(image);
    }

    /** Shows, in place of a chart, what would fill it: for a view that has nothing to build a chart from. */
    public void showEmpty(String message) {
        getContent().removeAll();
        emptyMessage = message;
        Paragraph text = new Paragraph(message);
        text.addClassName("px-chart-empty");
        getContent().add(text);
    }

    /** The sentence shown instead of the chart when it had nothing to plot; empty when a chart is drawn. */
    public Optional<String> emptyMessage() {
        return Optional.ofNullable(emptyMessage);
    }
}
