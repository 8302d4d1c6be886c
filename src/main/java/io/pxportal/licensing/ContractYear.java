package io.pxportal.licensing;

import java.time.LocalDate;

/**
 * The contract year a position is judged in: its number (0 for the first), its first and last day, and the day
 * judged — the date asked about, or the term's last day when the date is after the term; no day (null) when the
 * date is before the term. Measurements count when they overlap {@code start}–{@code day}.
 */
record ContractYear(LocalDate asOf, int index, LocalDate start, LocalDate end, LocalDate day) {

    boolean started() {
        return day != null;
    }
}
