package io.pxportal.governance;

import io.pxportal.shared.chart.ChartStyle;
import io.pxportal.shared.chart.EmptyChart;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 landscape PDF in one writing direction, built from blocks: headings that become bookmarks, text, tables
 * and vector charts. Everything goes through table cells, because only cells (and columns) lay out right-to-left
 * text and shape Arabic in OpenPDF; headings become bookmarks through {@link PackOutlines}, and {@link #finish}
 * has {@link PackFooter} stamp "page X of Y" once the page count is known.
 */
final class PackDocument {

    static final Color INK = new Color(0x1A2636);
    static final Color MUTED = new Color(0x5A6778);
    static final Color ACCENT = new Color(0x0072B2);
    private static final Color RULE = new Color(0xDDE2E8);
    private static final Color HEADER_FILL = new Color(0xEEF2F6);
    private static final float MARGIN = 36;
    static final float TEXT_SIZE = 9;
    static final float HEADER_SIZE = 8.5f;
    /** A cell's padding on both sides plus a little, so a value measured to fit does fit. */
    static final float CELL_SLACK = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 12);
    private final PdfWriter writer;
    private final PackFonts fonts = PackFonts.get();
    private final int direction;
    private final PackOutlines outlines = new PackOutlines();

    PackDocument(boolean rightToLeft, String title) {
        this.direction = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        this.writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(outlines);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        document.addTitle(title);
        document.addCreator("PX Portal");
        document.open();
    }

    Font font(float size, boolean bold, Color color) {
        Font font = new Font(bold ? fonts.bold : fonts.regular, size);
        font.setColor(color);
        return font;
    }

    /** A heading that is also a bookmark: level 1 at the top of the outline, level 2 under the last level 1. */
    void heading(String text, int level) {
        Chunk chunk = new Chunk(text, font(level == 1 ? 16 : 12, true, level == 1 ? ACCENT : INK));
        chunk.setGenericTag(outlines.register(text, level));
        PdfPCell cell = cell(new Phrase(chunk));
        cell.setPaddingTop(level == 1 ? 10 : 6);
        cell.setPaddingBottom(4);
        PdfPTable table = block(cell);
        table.setKeepTogether(true);
        add(table);
    }

    void text(String text, float size, boolean bold, Color color) {
        add(block(cell(new Phrase(text, font(size, bold, color)))));
    }

    /** A table with a header row repeated on every page it runs over; {@code widths} are relative. */
    void table(List<String> headers, List<List<Phrase>> rows, float[] widths) {
        PdfPTable table = new PdfPTable(inWritingOrder(widths));
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : headers) {
            PdfPCell cell = cell(new Phrase(header, font(HEADER_SIZE, true, INK)));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            table.addCell(cell);
        }
        for (List<Phrase> row : rows) {
            for (Phrase value : row) {
                PdfPCell cell = cell(value);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                table.addCell(cell);
            }
        }
        add(table);
    }

    /** A label · value list, e.g. the cover's facts. */
    void facts(List<String[]> facts) {
        PdfPTable table = new PdfPTable(inWritingOrder(new float[] {1, 4}));
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.setSpacingBefore(8);
        for (String[] fact : facts) {
            table.addCell(cell(new Phrase(fact[0], font(10, true, MUTED))));
            table.addCell(cell(new Phrase(fact[1], font(10, false, INK))));
        }
        add(table);
    }

    /**
     * Charts side by side, two to a row, drawn as vector graphics in the portal's chart style; a chart with nothing
     * to plot reads as its sentence (or {@code emptyMessage}) instead of an axis.
     */
    void charts(List<JFreeChart> charts, List<String> captions, float height, String emptyMessage) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        float width = (document.right() - document.left()) / 2 - 8;
        for (int i = 0; i < charts.size(); i++) {
            PdfPCell cell = cell(new Phrase(""));
            cell.addElement(new Phrase(captions.get(i), font(9, true, INK)));
            cell.addElement(vector(charts.get(i), width, height, emptyMessage));
            table.addCell(cell);
        }
        if (charts.size() % 2 == 1) {
            table.addCell(cell(new Phrase("")));
        }
        add(table);
    }

    /** The width of the text area, in points. */
    float width() {
        return document.right() - document.left();
    }

    /** How wide {@code text} is set in the pack's font, in points. */
    float textWidth(String text, float size, boolean bold) {
        return (bold ? fonts.bold : fonts.regular).getWidthPoint(text, size);
    }

    /** The width of the longest word of {@code text}: a cell narrower than that breaks a word apart. */
    float longestWord(String text, float size, boolean bold) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, textWidth(word, size, bold));
        }
        return widest;
    }

    void newPage() {
        document.newPage();
    }

    /**
     * Closes the document and stamps the footer on every page: {@code footer} gets (page, pages) and returns
     * the text, e.g. "Page 3 of 12".
     */
    byte[] finish(BiFunction<Integer, Integer, String> footer) {
        document.close();
        return PackFooter.stamp(out.toByteArray(), footer, font(8, false, MUTED), direction);
    }

    private Image vector(JFreeChart chart, float width, float height, String emptyMessage) {
        ChartStyle.apply(chart, false, PackFonts.FAMILY);
        PackCharts.fitLabels(chart);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        // As shapes: AWT lays out (and shapes) the text with the registered font, which PDF text drawing would not.
        Graphics2D graphics = new ShapedTextGraphics(template, width, height);
        Rectangle2D area = new Rectangle2D.Double(0, 0, width, height);
        if (EmptyChart.isEmpty(chart)) {
            EmptyChart.draw(chart, graphics, area, emptyMessage);
        } else {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(graphics, area, info);
            if (chart.getPlot() instanceof SpiderWebPlot web) {
                PackCharts.scale(
                        web,
                        graphics,
                        info.getPlotInfo().getDataArea(),
                        new java.awt.Font(PackFonts.FAMILY, java.awt.Font.PLAIN, 7),
                        MUTED);
            }
        }
        graphics.dispose();
        Image image = Image.getInstance(template);
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    /** A right-to-left table takes its column widths from the left, so they are given in reverse. */
    private float[] inWritingOrder(float[] widths) {
        if (direction != PdfWriter.RUN_DIRECTION_RTL) {
            return widths;
        }
        float[] reversed = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            reversed[i] = widths[widths.length - 1 - i];
        }
        return reversed;
    }

    private PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setRunDirection(direction);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setUseAscender(true);
        return cell;
    }

    private PdfPTable block(PdfPCell cell) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        table.addCell(cell);
        return table;
    }

    private void add(Element element) {
        document.add(element);
    }
}
