package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;

/**
 * A combo box's choice of platforms or vendors: those the user may see, by name, looked up page by page as they
 * type (never all loaded at once).
 */
public final class PortfolioPicks {

    private PortfolioPicks() {}

    public static ComboBox<PlatformRef> platforms(ComboBox<PlatformRef> box, PlatformService platforms) {
        box.setItemLabelGenerator(PlatformRef::name);
        box.setItems(
                q -> platforms.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        return box;
    }

    public static ComboBox<VendorRef> vendors(ComboBox<VendorRef> box, VendorService vendors) {
        box.setItemLabelGenerator(VendorRef::name);
        box.setItems(
                q -> vendors.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        return box;
    }
}
