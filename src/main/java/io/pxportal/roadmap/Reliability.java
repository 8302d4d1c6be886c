package io.pxportal.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * Share of due items delivered in their committed quarter, 0–100 (null when none is due), with the counts and the
 * due items themselves (on time and late), so a score can name the items behind it.
 */
public record Reliability(BigDecimal score, int onTime, int due, List<Long> onTimeItemIds, List<Long> lateItemIds) {

    public Reliability {
        onTimeItemIds = List.copyOf(onTimeItemIds);
        lateItemIds = List.copyOf(lateItemIds);
    }

    public Reliability(BigDecimal score, int onTime, int due) {
        this(score, onTime, due, List.of(), List.of());
    }
}
