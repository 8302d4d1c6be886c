package io.pxportal.shared.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart shown in the UI in the portal style, as an SVG image that the browser fetches when it shows
 * it: the session keeps only the chart, not its SVG text (which doubled the memory of a page's first
 * response, docs/benchmarks.md). {@code altText} describes the chart for screen readers.
 */
public class ChartView extends Composite<Div> {

    private final int width;
    private final int height;

    public ChartView(int width, int height) {
        this.width = width;
        this.height = height;
        getContent().addClassName("px-chart");
    }

    /** Draws the chart, styled light or dark; the chart is built now, in the UI's thread and language. */
    public void show(Supplier<JFreeChart> chart, boolean dark, String altText) {
        JFreeChart built = chart.get();
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
        getContent().removeAll();
        getContent().add(image);
    }
}
