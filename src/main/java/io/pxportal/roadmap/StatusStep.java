package io.pxportal.roadmap;

import java.time.LocalDate;

/** One step of a roadmap item's status history: reached {@code status} on {@code on}, committed to {@code quarter}. */
public record StatusStep(ItemStatus status, Quarter quarter, LocalDate on, String recordedBy, String note) {

    public StatusStep(ItemStatus status, Quarter quarter, LocalDate on) {
        this(status, quarter, on, null, null);
    }
}
