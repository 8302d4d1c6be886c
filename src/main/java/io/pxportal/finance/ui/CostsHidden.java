package io.pxportal.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.shared.ui.EmptyState;

/** A finance page, or part, for a user whose role may see no costs: the notice why there are no figures. */
final class CostsHidden {

    private CostsHidden() {}

    static Component page(String title) {
        H2 heading = new H2(title);
        heading.addClassName("px-page-title");
        VerticalLayout page = new VerticalLayout(heading, notice());
        page.setPadding(false);
        return page;
    }

    /** The notice alone, for a part of a page (the budgets tab). */
    static EmptyState notice() {
        EmptyState notice = EmptyState.hidden(
                com.vaadin.flow.component.UI.getCurrent().getTranslation("costs.hidden.title"),
                com.vaadin.flow.component.UI.getCurrent().getTranslation("costs.hidden.text"));
        notice.setId("finance-costs-hidden");
        return notice;
    }
}
