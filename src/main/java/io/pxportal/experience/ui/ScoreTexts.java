package io.pxportal.experience.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import io.pxportal.experience.MetricScore;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.Score;
import io.pxportal.shared.i18n.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How scores read on every experience page: one decimal in the user's locale, "no data" rather than a zero. */
final class ScoreTexts {

    static final int TREND_QUARTERS = 8;

    private ScoreTexts() {}

    static String score(Component c, BigDecimal value) {
        return value == null ? c.getTranslation("experience.no-data") : Formats.number(value, locale(c));
    }

    static String score(Component c, Score score) {
        return score == null ? c.getTranslation("experience.no-data") : score(c, score.value());
    }

    static String coverage(Component c, Score score) {
        return score == null
                ? ""
                : c.getTranslation("experience.coverage", Formats.number(score.coverage(), locale(c)));
    }

    static String lost(Component c, BigDecimal lost) {
        return lost == null ? "" : c.getTranslation("experience.points-lost", Formats.number(lost, locale(c)));
    }

    static String value(Locale locale, MetricScore m) {
        return m.value() == null
                ? ""
                : Formats.number(m.value().stripTrailingZeros(), locale) + " "
                        + m.metric()
                                .unitLabel(k -> com.vaadin.flow.component.UI.getCurrent() == null
                                        ? k
                                        : com.vaadin
                                                .flow
                                                .component
                                                .UI
                                                .getCurrent()
                                                .getTranslation(k));
    }

    /** A quarter picker offering the last eight quarters up to the current one ({@code now}), newest first. */
    static Select<Quarter> quarterSelect(Component c, String id, Quarter now) {
        Select<Quarter> select = new Select<>();
        select.setId(id);
        select.setLabel(c.getTranslation("experience.period"));
        List<Quarter> quarters = new ArrayList<>();
        for (int i = 0; i < TREND_QUARTERS; i++) {
            quarters.add(now.plus(-i));
        }
        select.setItems(quarters);
        select.setItemLabelGenerator(q -> q.label(locale(c)));
        select.setValue(now);
        return select;
    }

    private static Locale locale(Component c) {
        return c.getUI()
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null
                        ? Locale.ENGLISH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
