package io.pxportal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * Tabs whose content is built when the tab is first selected, so that a page with several heavy tabs (vendor
 * support: compliance, availability, the scorecard) opens with the work of the tab it shows, not of all of them.
 */
public final class LazyTabs {

    private LazyTabs() {}

    /** Adds a tab to {@code sheet} whose content {@code content} builds once, on the tab's first selection. */
    public static Tab add(TabSheet sheet, String label, SerializableSupplier<? extends Component> content) {
        Div holder = new Div();
        holder.setSizeFull();
        Tab tab = sheet.add(label, holder);
        Runnable build = () -> {
            if (holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        };
        if (tab.equals(sheet.getSelectedTab())) {
            build.run();
        }
        sheet.addSelectedChangeListener(e -> {
            if (tab.equals(e.getSelectedTab())) {
                build.run();
            }
        });
        return tab;
    }
}
