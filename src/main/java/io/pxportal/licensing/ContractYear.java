package io.pxportal.licensing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The contract year a position is judged in: its number (0 for the first), its first and last day, and the day
 * judged — the date asked about, or the term's last day when the date is after the term; no day (null) when the
 * date is before the term. Measurements count when they overlap {@code start}–{@code day}.
 *
 * <p>Contract year {@code k} starts {@code 12 × k} months after the term start, always counted from the term start
 * so month ends never drift (a term from 29 February has years from 28 February, and from 29 February again in leap
 * years); the last year ends with the term.
 */
record ContractYear(LocalDate asOf, int index, LocalDate start, LocalDate end, LocalDate day) {

    boolean started() {
        return day != null;
    }

    /**
     * The contract year judged on a date: the year containing the date, the term's last year when the date is after
     * the term, or — not started, no day judged — the first year when the date is before the term.
     */
    static ContractYear judged(EntitlementTerms terms, LocalDate asOf) {
        if (asOf.isBefore(terms.termFrom())) {
            return new ContractYear(asOf, 0, terms.termFrom(), endOf(terms, 0), null);
        }
        LocalDate day = terms.termTo() != null && asOf.isAfter(terms.termTo()) ? terms.termTo() : asOf;
        int year = containing(terms, day);
        return new ContractYear(asOf, year, startOf(terms, year), endOf(terms, year), day);
    }

    /** The number of the contract year containing {@code day} (0 for the first). */
    static int containing(EntitlementTerms terms, LocalDate day) {
        int year = (int) (ChronoUnit.MONTHS.between(terms.termFrom(), day) / 12);
        // ChronoUnit counts whole months the way plusMonths clamps; step to be exact at month ends.
        while (!startOf(terms, year + 1).isAfter(day)) {
            year++;
        }
        while (year > 0 && startOf(terms, year).isAfter(day)) {
            year--;
        }
        return year;
    }

    static LocalDate startOf(EntitlementTerms terms, int year) {
        return terms.termFrom().plusMonths(12L * year);
    }

    static LocalDate endOf(EntitlementTerms terms, int year) {
        LocalDate end = startOf(terms, year + 1).minusDays(1);
        return terms.termTo() != null && terms.termTo().isBefore(end) ? terms.termTo() : end;
    }
}
