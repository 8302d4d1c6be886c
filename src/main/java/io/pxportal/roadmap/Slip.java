package io.pxportal.roadmap;

import java.time.LocalDate;

/** An item slipped on {@code on}: from a status and quarter to a later quarter, delayed or dropped. */
public record Slip(ItemStatus fromStatus, Quarter fromQuarter, ItemStatus toStatus, Quarter toQuarter, LocalDate on) {}
