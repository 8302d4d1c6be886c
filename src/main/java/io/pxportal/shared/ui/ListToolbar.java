package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** The head of every list page: title, a search field, extra filters, and a "New" button when allowed. */
public class ListToolbar extends HorizontalLayout {

    private final TextField search = new TextField();
    private final Button create = new Button();
    private final HorizontalLayout filters = new HorizontalLayout();

    public ListToolbar(String title, String idPrefix) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
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
        H2 heading = new H2(title);
        heading.addClassName("px-page-title");
        HorizontalLayout spacer = new HorizontalLayout();
        add(heading, search, filters, spacer, create);
        setFlexGrow(1, spacer);
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
    }

    /** Shows the "New" button (only to those allowed to create) and runs {@code action} on click. */
    public void enableCreate(Runnable action) {
        create.setVisible(true);
        create.addClickListener(e -> action.run());
    }
}
