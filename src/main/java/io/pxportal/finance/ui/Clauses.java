package io.pxportal.finance.ui;

import com.vaadin.flow.component.Component;
import io.pxportal.finance.ForecastLine;
import io.pxportal.shared.i18n.Formats;

/** A forecast line's clause in words: which uplift, at what rate, bound by cap or floor, and when it stops. */
final class Clauses {

    private Clauses() {}

    static String text(ForecastLine line, Component i18n) {
        ForecastLine.Clause c = line.clause();
        var locale = Amounts.locale(i18n);
        String clause = switch (c.type()) {
            case NONE -> i18n.getTranslation("finance.clause.none");
            case FIXED -> i18n.getTranslation("finance.clause.fixed", Formats.number(c.fixedPercent(), locale));
            case INDEX ->
                i18n.getTranslation(
                        "finance.clause.index." + c.bound().name(),
                        c.index() == null ? "" : c.index(),
                        Formats.number(c.indexAssumption(), locale),
                        Formats.number(c.capPercent(), locale),
                        Formats.number(c.floorPercent(), locale),
                        Formats.number(line.upliftApplied(), locale));
        };
        if (line.endsOn() != null) {
            clause += " "
                    + i18n.getTranslation(
                            "finance.clause.ends." + line.endReason().name(), Formats.date(line.endsOn(), locale));
        }
        return clause;
    }
}
