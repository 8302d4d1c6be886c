package io.pxportal.shared.metric;

import java.time.LocalDate;
import java.util.Objects;

/** A period the scores ask a derived source about: {@code from}–{@code to}, both inclusive (a quarter, cut at today). */
public record MetricPeriod(LocalDate from, LocalDate to) {

    public MetricPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
    }
}
