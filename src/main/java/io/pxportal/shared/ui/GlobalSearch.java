package io.pxportal.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import io.pxportal.shared.search.SearchHit;
import io.pxportal.shared.search.SearchSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * The global search (Ctrl+K or the navbar's search button): vendors, platforms, contracts, tickets, roadmap items,
 * objectives and reviews whose name or number contains the text, each a link to the record's page. Every module
 * answers for its own records through its service ({@link SearchSource}), so the hits follow its read rule.
 */
class GlobalSearch extends Dialog {

    static final int MIN_LENGTH = 2;
    static final int PER_SOURCE = 5;

    private final transient List<SearchSource> sources;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private final List<SearchHit> shown = new ArrayList<>();
    private Registration closeOnNavigation;

    GlobalSearch(List<SearchSource> sources) {
        this.sources = sources;
        setId("global-search-dialog");
        setHeaderTitle(getTranslation("search.title"));
        addClassName("px-search");
        field.setId("global-search-field");
        field.setWidthFull();
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.title"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> search(e.getValue()));
        field.addKeyPressListener(Key.ENTER, e -> openFirst());
        results.setId("global-search-results");
        results.addClassName("px-search-results");
        results.getElement().setAttribute("role", "list");
        results.getElement().setAttribute("aria-live", "polite");
        add(field, results);
        setWidth("min(40rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                field.focus();
                closeOnNavigation = UI.getCurrent().addAfterNavigationListener(nav -> close());
            } else if (closeOnNavigation != null) {
                closeOnNavigation.remove();
                closeOnNavigation = null;
            }
        });
        search("");
    }

    /** Fills the field and searches, as typing would. */
    void search(String text) {
        if (!field.getValue().equals(text)) {
            field.setValue(text);
            return;
        }
        results.removeAll();
        shown.clear();
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < MIN_LENGTH) {
            results.add(new Paragraph(getTranslation("search.hint")));
            return;
        }
        for (SearchSource source : sources) {
            try {
                shown.addAll(source.search(trimmed, PER_SOURCE));
            } catch (AccessDeniedException refused) {
                // the source's read rule leaves this user nothing of it
            }
        }
        if (shown.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", trimmed)));
            return;
        }
        for (SearchHit hit : shown) {
            results.add(link(hit));
        }
    }

    List<SearchHit> hits() {
        return List.copyOf(shown);
    }

    private Anchor link(SearchHit hit) {
        Span kind = new Span(getTranslation(hit.kindKey()));
        kind.getElement().getThemeList().add("badge contrast small");
        Span title = new Span(hit.title());
        title.addClassName("px-search-title");
        Anchor link = new Anchor(hit.location(), kind, title);
        if (hit.detail() != null && !hit.detail().isBlank()) {
            Span detail = new Span(hit.detail());
            detail.addClassName("px-search-detail");
            link.add(detail);
        }
        link.addClassName("px-search-hit");
        link.getElement().setAttribute("role", "listitem");
        // Navigates inside the app (no reload); the dialog closes on the navigation
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void openFirst() {
        if (!shown.isEmpty()) {
            Location location = new Location(shown.get(0).location());
            UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        }
    }
}
