package io.pxportal.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pxportal.shared.ui.EmptyState;

/** A finance page for a user whose role may see no costs: its title and the notice why there are no figures. */
final class CostsHidden {

    private CostsHidden() {
    }

    static Component page(String title) {
        H2 heading = new H2(title);
        heading.addClassName("px-page-title");
        EmptyState notice = EmptyState.hidden(heading.getTranslation("costs.hidden.title"),
                heading.getTranslation("costs.hidden.text"));
        notice.setId("finance-costs-hidden");
        VerticalLayout page = new VerticalLayout(heading, notice);
        page.setPadding(false);
        return page;
    }
}
