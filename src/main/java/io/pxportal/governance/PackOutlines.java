package io.pxportal.governance;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The pack's bookmarks: a heading registers here and is tagged with the tag it gets back; when the tagged text lands
 * on a page, it becomes a bookmark there, level 1 at the top of the outline, level 2 under the last level 1.
 */
final class PackOutlines extends PdfPageEventHelper {

    private final Map<String, String[]> pending = new HashMap<>();
    private final Deque<PdfOutline> levelOne = new ArrayDeque<>();
    private int next;

    /** The generic tag for a heading of {@code title} at {@code level} (1 or 2). */
    String register(String title, int level) {
        String tag = "outline-" + next++;
        pending.put(tag, new String[] {title, String.valueOf(level)});
        return tag;
    }

    @Override
    public void onGenericTag(PdfWriter pdf, Document doc, Rectangle rect, String tag) {
        String[] heading = pending.remove(tag);
        if (heading == null) {
            return; // a heading broken over two lines reports each part; the first one counts
        }
        PdfOutline parent = heading[1].equals("1") || levelOne.isEmpty() ? pdf.getRootOutline() : levelOne.peek();
        PdfOutline outline = new PdfOutline(
                parent, new PdfDestination(PdfDestination.XYZ, doc.left(), rect.getTop() + 16, 0), heading[0], true);
        if (heading[1].equals("1")) {
            levelOne.push(outline);
        }
    }
}
