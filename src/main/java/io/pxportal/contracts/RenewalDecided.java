package io.pxportal.contracts;

import java.time.LocalDate;

/** A renewal decision was recorded for the term of a contract that ends on {@code termEnd}. */
public record RenewalDecided(Long contractId, LocalDate termEnd, RenewalOutcome outcome) {
}
