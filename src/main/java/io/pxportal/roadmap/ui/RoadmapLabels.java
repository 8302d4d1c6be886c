package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.Quarter;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.ui.Locales;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** How the roadmap views show quarters, statuses, types, coverage and scores, and the quarter picker they share. */
final class RoadmapLabels {

    private RoadmapLabels() {}

    static String status(Component c, ItemStatus status) {
        return status == null ? "" : c.getTranslation("roadmap-status." + status.name());
    }

    static String type(Component c, ItemType type) {
        return type == null ? "" : c.getTranslation("roadmap-item-type." + type.name());
    }

    static String quarter(Quarter quarter) {
        return quarter == null ? "" : quarter.label(Locales.current());
    }

    /** Coverage 0–1 as a whole percentage. */
    static String percent(BigDecimal share) {
        return share == null ? "" : Formats.share(share, Locales.current());
    }

    static String score(BigDecimal score) {
        return Formats.decimal(score, 1, Locales.current());
    }

    /** A quarter picker offering {@code before} quarters back to {@code after} ahead; a typed "2028-Q1" is taken too. */
    static ComboBox<Quarter> quarterPicker(String label, Quarter around, int before, int after) {
        List<Quarter> quarters = new ArrayList<>();
        for (int i = -before; i <= after; i++) {
            quarters.add(around.plus(i));
        }
        ComboBox<Quarter> picker = new ComboBox<>(label, quarters);
        picker.setItemLabelGenerator(RoadmapLabels::quarter);
        picker.setAllowCustomValue(true);
        picker.addCustomValueSetListener(e -> {
            Quarter typed = Quarter.parse(e.getDetail());
            if (typed != null) {
                picker.setValue(typed);
            }
        });
        return picker;
    }
}
