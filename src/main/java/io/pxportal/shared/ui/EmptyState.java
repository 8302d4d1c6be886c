package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a grid, chart or card shows when it has nothing to show: a heading that says so, a sentence on what would fill
 * it, and the actions that would (new, import, a connector) — given only to those allowed to take them, so a reader
 * who may not create is not told to. Also the notice of figures a role may not see, instead of zeros.
 */
public class EmptyState extends Div {

    private final Icon icon = new Icon();
    private final Span heading = new Span();
    private final Paragraph explanation = new Paragraph();
    private final Div actions = new Div();

    public EmptyState(VaadinIcon icon, String heading, String explanation, Component... actions) {
        addClassName("px-empty-state");
        getElement().setAttribute("role", "status");
        this.icon.addClassName("px-empty-state-icon");
        this.heading.addClassName("px-empty-state-heading");
        this.explanation.addClassName("px-empty-state-text");
        this.actions.addClassName("px-empty-state-actions");
        add(this.icon, this.heading, this.explanation, this.actions);
        show(icon, heading, explanation, actions);
    }

    /**
     * Gives {@code grid} an empty state that says {@code text} (what would fill it) and offers {@code actions}; the
     * same component every list of the portal shows.
     */
    public static EmptyState on(com.vaadin.flow.component.grid.Grid<?> grid, String text, Component... actions) {
        EmptyState state = new EmptyState(VaadinIcon.INBOX, text, null, actions);
        grid.getId().ifPresent(id -> state.setId(id + "-empty"));
        grid.setEmptyStateComponent(state);
        return state;
    }

    /** An action of an empty state that leads to another page ({@code contracts/calendar}), inside the app. */
    public static com.vaadin.flow.component.html.Anchor link(String route, String text, VaadinIcon icon) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(route, text);
        link.addComponentAsFirst(icon.create());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    /** "Import" for those who may open the import page; null for the others (an empty state leaves nulls out). */
    public static com.vaadin.flow.component.html.Anchor importAction() {
        return ImportLink.create();
    }

    /** What a grid's empty state says: its {@link EmptyState}'s text, else the grid's plain empty text. */
    public static String of(com.vaadin.flow.component.grid.Grid<?> grid) {
        return grid.getEmptyStateComponent() instanceof EmptyState state ? state.text() : grid.getEmptyStateText();
    }

    /** A notice that figures are withheld from the user's role: said plainly, with nothing to do about it. */
    public static EmptyState hidden(String heading, String explanation) {
        EmptyState notice = new EmptyState(VaadinIcon.LOCK, heading, explanation);
        notice.addClassName("px-empty-state-hidden");
        return notice;
    }

    /** Replaces what the state says and offers (a list's filters set or cleared). */
    public final void show(VaadinIcon icon, String heading, String explanation, Component... actions) {
        this.icon
                .getElement()
                .setAttribute("icon", "vaadin:" + icon.name().toLowerCase().replace('_', '-'));
        this.heading.setText(heading);
        this.explanation.setText(Objects.requireNonNullElse(explanation, ""));
        this.explanation.setVisible(explanation != null && !explanation.isBlank());
        this.actions.removeAll();
        Arrays.stream(actions).filter(Objects::nonNull).forEach(this.actions::add);
        this.actions.setVisible(this.actions.getComponentCount() > 0);
    }

    public String heading() {
        return heading.getText();
    }

    public String explanation() {
        return explanation.getText();
    }

    /** The actions offered, in order. */
    public java.util.List<Component> actions() {
        return actions.getChildren().toList();
    }

    /** Everything it says, as one line (for tests and screen-reader checks). */
    public String text() {
        return (heading() + " " + explanation()).strip();
    }
}
