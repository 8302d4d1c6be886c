package io.pxportal.support.ui;

import com.vaadin.flow.component.html.Span;
import io.pxportal.support.SlaClock;
import io.pxportal.support.SlaOutcome;
import java.time.Duration;

/** How SLA outcomes and durations look in lists: a coloured badge and "3 h 20 min". */
final class Outcomes {

    private Outcomes() {}

    static Span badge(SlaClock clock) {
        Span badge = new Span(text(clock));
        if (clock != null) {
            badge.getElement()
                    .getThemeList()
                    .add(
                            switch (clock.outcome()) {
                                case BREACHED -> "badge error";
                                case AT_RISK -> "badge warning";
                                case MET -> "badge success";
                                case RUNNING -> "badge contrast";
                            });
        }
        return badge;
    }

    static String text(SlaClock clock) {
        return clock == null ? "" : label(clock.outcome());
    }

    static String label(SlaOutcome outcome) {
        return outcome == null ? "" : new Span().getTranslation("support-outcome." + outcome.name());
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = duration.toMinutes();
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
