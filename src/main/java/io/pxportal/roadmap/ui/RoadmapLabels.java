package io.pxportal.roadmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import io.pxportal.roadmap.ItemStatus;
import io.pxportal.roadmap.ItemType;
import io.pxportal.roadmap.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** How the roadmap views show quarters, statuses, types, coverage and scores, and the quarter picker they share. */
final class RoadmapLabels {

    private RoadmapLabels() {
    }

    static String status(Component c, ItemStatus status) {
        return status == null ? "" : c.getTranslation("roadmap-status." + status.name());
    }

    static String type(Component c, ItemType type) {
        return type == null ? "" : c.getTranslation("roadmap-item-type." + type.name());
    }

    static String quarter(Quarter quarter) {
        return quarter == null ? "" : quarter.toString();
    }

    /** Coverage 0–1 as a whole percentage. */
    static String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + " %";
    }

    static String score(BigDecimal score) {
        return score == null ? "–" : score.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A quarter picker offering {@code before} quarters back to {@code after} ahead; a typed "2028-Q1" is taken too. */
    static ComboBox<Quarter> quarterPicker(String label, Quarter around, int before, int after) {
        List<Quarter> quarters = new ArrayList<>();
        for (int i = -before; i <= after; i++) {
            quarters.add(around.plus(i));
        }
        ComboBox<Quarter> picker = new ComboBox<>(label, quarters);
        picker.setItemLabelGenerator(Quarter::toString);
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
