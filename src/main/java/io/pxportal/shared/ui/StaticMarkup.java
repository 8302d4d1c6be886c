package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.ElementUtil;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Shows components that have no listeners (cards of text and links, menu entries) as markup of their parent
 * instead of as server-side components. A component costs each open UI its state nodes — element, text, attributes,
 * classes, styles — for as long as the UI lives, and its own lines in the first response, which Vaadin keeps per UI
 * for a resend; as markup the same elements cost one string. The markup is what the components would render
 * (written out by Vaadin itself, escaped by jsoup), so pages look and link the same. Not for anything a user
 * edits or clicks with a server-side listener, nor for anything a view changes later.
 */
public final class StaticMarkup {

    private StaticMarkup() {}

    /** Replaces {@code parent}'s children by the markup of {@code children}, in their order. */
    public static void show(Component parent, List<? extends Component> children) {
        parent.getElement().removeAllChildren();
        parent.getElement().setProperty("innerHTML", of(children));
    }

    /** The markup the components would render, without the whitespace of pretty-printing. */
    static String of(List<? extends Component> components) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        // Serialised as part of the document, so that its output settings apply
        components.forEach(c -> document.body().appendChild(ElementUtil.toJsoup(document, c.getElement())));
        return document.body().html();
    }
}
