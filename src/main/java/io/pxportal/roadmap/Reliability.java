package io.pxportal.roadmap;

import java.math.BigDecimal;

/** Share of due items delivered in their committed quarter, 0–100 (null when none is due), with the counts. */
public record Reliability(BigDecimal score, int onTime, int due) {
}
