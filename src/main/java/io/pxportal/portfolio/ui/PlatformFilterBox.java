package io.pxportal.portfolio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.ui.LinkedRecord;
import java.util.List;
import java.util.Optional;

/**
 * The platform filter of a list view: a combo box over the platforms the user can see, looked up page by page as
 * they type, with a clear button; and the platform a link names ({@code ?platform=3}) selected in it.
 */
public final class PlatformFilterBox {

    private PlatformFilterBox() {}

    /** A filter with this id and placeholder that calls {@code onChange} whenever its value changes. */
    public static ComboBox<PlatformRef> create(
            PlatformService platforms, String id, String placeholder, Runnable onChange) {
        ComboBox<PlatformRef> filter = new ComboBox<>();
        if (id != null) {
            filter.setId(id);
        }
        filter.setPlaceholder(placeholder);
        PortfolioPicks.platforms(filter, platforms);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> onChange.run());
        return filter;
    }

    /** Selects the platform whose id a link carries; a stale or malformed id leaves the filter as it was. */
    public static void select(ComboBox<PlatformRef> filter, PlatformService platforms, Optional<String> id) {
        id.flatMap(LinkedRecord::id)
                .flatMap(n -> platforms.refsByIds(List.of(n)).values().stream().findFirst())
                .ifPresent(filter::setValue);
    }
}
