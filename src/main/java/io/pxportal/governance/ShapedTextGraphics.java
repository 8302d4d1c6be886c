package io.pxportal.governance;

import java.awt.font.TextLayout;
import java.text.Bidi;
import org.openpdf.text.pdf.DefaultFontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;

/**
 * PDF graphics that draw text as glyph outlines, laid out by AWT's {@link TextLayout} whenever the text needs the
 * bidirectional algorithm: OpenPDF lays every string out left to right, which would print Arabic chart labels
 * backwards and unjoined.
 */
final class ShapedTextGraphics extends PdfGraphics2D {

    ShapedTextGraphics(PdfContentByte canvas, float width, float height) {
        super(canvas, width, height, new DefaultFontMapper(), true, false, 0.95f);
    }

    @Override
    public void drawString(String text, float x, float y) {
        if (!text.isEmpty() && Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            new TextLayout(text, getFont(), getFontRenderContext()).draw(this, x, y);
        } else {
            super.drawString(text, x, y);
        }
    }
}
