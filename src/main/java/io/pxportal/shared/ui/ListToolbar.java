package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The head of every list page: the title with a "New" button (when allowed) on one line, the search field and
 * extra filters on the next.
 */
public class ListToolbar extends VerticalLayout {

    private final TextField search = new TextField();
    private final Button create = new Button();
    private final HorizontalLayout filters = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    /** Each filter field with the value it had when the list was set up: a field that differs filters the list. */
    private final Map<HasValue<?, ?>, Object> unfiltered = new IdentityHashMap<>();

    private Grid<?> grid;
    private String noneYet;
    private String createHint;
    private boolean importable;
    private Runnable createAction;
    private EmptyState empty;
    private String explanation;
    private Component[] emptyActions = new Component[0];

    public ListToolbar(String title, String idPrefix) {
        setWidthFull();
        setPadding(false);
        setSpacing(false);
        search.setId(idPrefix + "-search");
        search.setPlaceholder(getTranslation("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel(getTranslation("list.search"));
        create.setId(idPrefix + "-new");
        create.setText(getTranslation("list.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(false);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        filters.add(search);
        H2 heading = new H2(title);
        heading.addClassName("px-page-title");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.add(create);
        HorizontalLayout head = new HorizontalLayout(heading, actions);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(head, filters);
    }

    /** For lists that have nothing to search in. */
    public void hideSearch() {
        search.setVisible(false);
    }

    /** Calls {@code onChange} with the search text whenever the user pauses typing. */
    public void onSearch(Consumer<String> onChange) {
        search.addValueChangeListener(e -> onChange.accept(e.getValue()));
    }

    public String searchText() {
        return search.getValue();
    }

    public void addFilters(Component... components) {
        filters.add(components);
        if (grid != null) {
            for (Component component : components) {
                watch(component);
            }
        }
    }

    /**
     * Gives the list's grid its empty state ({@link EmptyState}): with a search or filter set, that nothing matches
     * and the filters can be cleared; otherwise {@code noneYet} ("No contracts yet."), followed by {@code createHint}
     * ("Create one with New …") and a "New" button only when the toolbar's "New" button is shown, so a reader who may
     * not create is not told to. Call it once the filters are added and set to their defaults; {@code createHint}
     * may be null.
     */
    public void emptyState(Grid<?> grid, String noneYet, String createHint) {
        this.grid = grid;
        this.noneYet = noneYet;
        this.createHint = createHint;
        unfiltered.clear();
        filters.getChildren().forEach(this::watch);
        if (empty == null) {
            empty = new EmptyState(VaadinIcon.INBOX, noneYet, null);
            empty.setId(grid.getId().orElse("list") + "-empty");
            grid.setEmptyStateComponent(empty);
        }
        showEmptyState();
    }

    /**
     * As {@link #emptyState(Grid, String, String)} for a record type the import takes: the empty list also offers
     * "Import" to those who may open the import page.
     */
    public void emptyStateWithImport(Grid<?> grid, String noneYet, String createHint) {
        importable = true;
        emptyState(grid, noneYet, createHint);
    }

    /**
     * What the empty list says beyond "none yet" when no "New" applies — where its records come from — and the
     * actions that lead there (given only those the user may take: the caller decides).
     */
    public void explainEmpty(String explanation, Component... actions) {
        this.explanation = explanation;
        this.emptyActions = actions;
        if (grid != null) {
            showEmptyState();
        }
    }

    private void watch(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            unfiltered.put(field, field.getValue());
            field.addValueChangeListener(e -> showEmptyState());
        } else {
            component.getChildren().forEach(this::watch);
        }
    }

    private void showEmptyState() {
        boolean filtered = unfiltered.entrySet().stream()
                .anyMatch(e -> !Objects.equals(e.getKey().getValue(), e.getValue()));
        if (filtered) {
            Button clear = new Button(getTranslation("list.empty.clear"), e -> clearFilters());
            clear.addClassName("px-empty-clear");
            empty.show(VaadinIcon.SEARCH, getTranslation("list.empty.filtered"), null, clear);
        } else if (create.isVisible() && createAction != null) {
            Button first = new Button(getTranslation("list.new"), VaadinIcon.PLUS.create(), e -> createAction.run());
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            first.setId(create.getId().orElse("list") + "-empty");
            empty.show(VaadinIcon.INBOX, noneYet, createHint, actions(first));
        } else {
            empty.show(VaadinIcon.INBOX, noneYet, explanation, actions(null));
        }
    }

    private Component[] actions(Component create) {
        List<Component> all = new ArrayList<>();
        if (create != null) {
            all.add(create);
        }
        if (importable) {
            all.add(ImportLink.create());
        }
        all.addAll(Arrays.asList(emptyActions));
        return all.toArray(Component[]::new);
    }

    /** Puts every filter back to the value it had when the list was set up. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void clearFilters() {
        unfiltered.forEach((field, value) -> ((HasValue) field).setValue(value));
    }

    /** Adds actions (e.g. export) beside the "New" button. */
    public void addActions(Component... components) {
        actions.addComponentAsFirst(components.length == 1 ? components[0] : new HorizontalLayout(components));
    }

    /** Shows the "New" button (only to those allowed to create) and runs {@code action} on click. */
    public void enableCreate(Runnable action) {
        create.setVisible(true);
        createAction = action;
        create.addClickListener(e -> action.run());
        if (grid != null) {
            showEmptyState();
        }
    }

    /**
     * As {@link #enableCreate(Runnable)} for a record that belongs to another: while {@code prerequisite} says there
     * is none to choose (an empty portal), a click explains what comes first ({@code missingKey}) instead of opening
     * a form with an empty choice.
     */
    public void enableCreate(Runnable action, java.util.function.BooleanSupplier prerequisite, String missingKey) {
        enableCreate(() -> {
            if (prerequisite.getAsBoolean()) {
                action.run();
            } else {
                Notifications.error(getTranslation(missingKey));
            }
        });
    }
}
