package io.pxportal.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * Stamps a footer such as "Page 3 of 12" on every page of a finished PDF: the page count is only known once the
 * document is closed, so the footer is written over the pages afterwards.
 */
final class PackFooter {

    private PackFooter() {}

    /** {@code footer} gets (page, pages) and returns the text; it is set centred at the page's foot. */
    static byte[] stamp(byte[] pdf, BiFunction<Integer, Integer, String> footer, Font font, int direction) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream stamped = new ByteArrayOutputStream(pdf.length + 4096);
            PdfStamper stamper = new PdfStamper(reader, stamped);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                ColumnText.showTextAligned(
                        over,
                        Element.ALIGN_CENTER,
                        new Phrase(footer.apply(page, pages), font),
                        (size.getLeft() + size.getRight()) / 2,
                        size.getBottom() + 20,
                        0,
                        direction,
                        0);
            }
            stamper.close();
            reader.close();
            return stamped.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
