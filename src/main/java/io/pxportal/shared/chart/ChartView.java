package io.pxportal.shared.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A JFreeChart shown in the UI in the portal style, as an SVG image that the browser fetches when it shows
 * it: the session keeps only the chart, not its SVG text (which doubled the memory of a page's first
 * response, docs/benchmarks.md). The image is drawn at the size it is shown — never scaled down by the page, which
 * shrank chart text below legibility — so once attached the view measures the room it has and draws the chart
 * that wide. {@code altText} names the chart for screen readers, and a visually hidden table beside it gives them
 * the figures ({@link ChartTable}). A chart with nothing to plot shows, in place of the image, the sentence its
 * builder set with {@link EmptyChart#saying} (or a general one) — text the reader and a screen reader both get,
 * and no axis that reads as a measurement.
 */
public class ChartView extends Composite<Div> {

    /** Below this the chart's text would crowd its plot; a narrower page scrolls the chart instead. */
    static final int MIN_WIDTH = 280;

    /** Hidden from sight, not from screen readers. */
    private static final String VISUALLY_HIDDEN = "position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
            + "overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0";

    private final int width;
    private final int height;
    private int drawnWidth;
    private JFreeChart drawn;
    private Image image;
    private String altText;
    private String emptyMessage;

    public ChartView(int width, int height) {
        this.width = width;
        this.height = height;
        this.drawnWidth = width;
        getContent().addClassName("px-chart");
        getContent().getStyle().set("position", "relative");
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
        Locale locale = locale();
        ChartStyle.apply(built, dark);
        ChartStyle.localize(built, locale);
        this.drawn = built;
        this.altText = altText;
        image = image();
        getContent().add(image, figures(ChartTable.of(built, locale), altText));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The page decides the room (a card of a deck may be narrower than the chart was planned for).
        getElement().executeJs("return this.clientWidth").then(Integer.class, this::fitTo);
    }

    /** Draws the chart again at the width the page gives it, when that is less than planned. */
    void fitTo(int available) {
        int fitted = Math.max(MIN_WIDTH, Math.min(width, available));
        if (drawn == null || image == null || fitted == drawnWidth || available <= 0) {
            return;
        }
        drawnWidth = fitted;
        Image again = image();
        getContent().replace(image, again);
        image = again;
    }

    /** The width the chart is drawn and shown at, in CSS pixels. */
    public int drawnWidth() {
        return drawnWidth;
    }

    /** The chart's SVG as the browser gets it, at the width it is shown; empty when no chart is drawn. */
    public Optional<String> svg() {
        return drawn == null ? Optional.empty() : Optional.of(ChartRenderer.toSvg(drawn, drawnWidth, height));
    }

    private Image image() {
        JFreeChart chart = drawn;
        int w = drawnWidth;
        int h = height;
        DownloadHandler svg = event -> {
            byte[] bytes = ChartRenderer.toSvg(chart, w, h).getBytes(StandardCharsets.UTF_8);
            event.setFileName("chart.svg");
            event.inline();
            event.setContentType("image/svg+xml");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Image shown = new Image(svg, altText);
        // Shown at the size it is drawn, so 11 px text stays 11 px; only a narrower window scales it.
        shown.setWidth(w + "px");
        shown.getStyle().set("max-width", "100%");
        shown.getStyle().set("aspect-ratio", w + " / " + h);
        // its own size gives it its place before the SVG has arrived, so nothing moves when it does
        shown.getElement().setAttribute("width", String.valueOf(w));
        shown.getElement().setAttribute("height", String.valueOf(h));
        return shown;
    }

    private static NativeTable figures(ChartTable table, String caption) {
        NativeTable figures = new NativeTable();
        figures.addClassName("px-chart-figures");
        for (String rule : VISUALLY_HIDDEN.split(";")) {
            figures.getStyle().set(rule.substring(0, rule.indexOf(':')), rule.substring(rule.indexOf(':') + 1));
        }
        figures.setCaptionText(caption);
        NativeTableHeader head = figures.getHead();
        NativeTableRow headRow = new NativeTableRow();
        table.header().forEach(h -> headRow.add(new NativeTableHeaderCell(h)));
        head.add(headRow);
        NativeTableBody body = figures.getBody();
        for (List<String> row : table.rows()) {
            NativeTableRow line = new NativeTableRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell name = new NativeTableHeaderCell(row.get(i));
                    name.getElement().setAttribute("scope", "row");
                    line.add(name);
                } else {
                    line.add(new NativeTableCell(row.get(i)));
                }
            }
            body.add(line);
        }
        return figures;
    }

    private Locale locale() {
        return getUI().map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? Locale.ENGLISH
                        : UI.getCurrent().getLocale());
    }

    /** Shows, in place of a chart, what would fill it: for a view that has nothing to build a chart from. */
    public void showEmpty(String message) {
        getContent().removeAll();
        drawn = null;
        image = null;
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
