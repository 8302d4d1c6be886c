package io.pxportal.contracts;

import java.time.LocalDate;

/** A recorded renewal decision: for which term end, what, why, by whom and when. */
public record RenewalDecisionView(
        Long contractId,
        LocalDate termEnd,
        RenewalOutcome outcome,
        String rationale,
        String decidedBy,
        LocalDate decidedOn) {}
