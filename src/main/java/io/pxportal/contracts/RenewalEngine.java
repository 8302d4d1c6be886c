package io.pxportal.contracts;

import io.pxportal.contracts.RenewalSchedule.Reason;
import io.pxportal.contracts.RenewalSchedule.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a contract's term, notice deadline and next renewal for any date from its terms, and explains them.
 *
 * <p>Rules: term {@code k} (0 = the initial term) starts on {@code start + initial + (k − 1) × period} months,
 * always counted from the start date, so month ends never drift (a contract starting on 31 January renews on
 * 28/29 February, then on 31 March); a term ends the day before the next one starts. Notice of {@code n}
 * days/months for a term is due by the day before the date {@code n} days/months ahead of the next term's start
 * (90 days before a term ending 2027-03-30 → 2026-12-30). Automatic renewal continues until notice is given;
 * notice given after a term's deadline ends the contract only after the following term. Explicit renewal
 * continues only for the renewals agreed. No renewal ends after the initial term. A notice period as long as a
 * term or longer puts the term's deadline before its start: the explanation says so instead of calling the
 * deadline passed ({@link ContractSanity}, ADR 006).
 */
public final class RenewalEngine {

    private RenewalEngine() {}

    public static RenewalSchedule schedule(RenewalTerms terms, LocalDate asOf) {
        List<Reason> why = new ArrayList<>();
        why.add(new Reason("renewal.explain.start", terms.start(), terms.initialTermMonths()));
        Integer lastTerm = lastTerm(terms);
        if (asOf.isBefore(terms.start())) {
            return result(terms, asOf, State.NOT_STARTED, 0, lastTerm, why);
        }
        int current = termContaining(terms, asOf);
        if (lastTerm != null && current > lastTerm) {
            LocalDate end = termEnd(terms, lastTerm);
            why.add(endReason(terms, lastTerm));
            why.add(new Reason("renewal.explain.ended", end));
            return new RenewalSchedule(
                    asOf, State.ENDED, lastTerm, termStart(terms, lastTerm), end, null, null, List.copyOf(why));
        }
        State state = lastTerm != null && current == lastTerm ? State.ENDING : State.RENEWING;
        return result(terms, asOf, state, current, lastTerm, why);
    }

    private static RenewalSchedule result(
            RenewalTerms terms, LocalDate asOf, State state, int term, Integer lastTerm, List<Reason> why) {
        LocalDate start = termStart(terms, term);
        LocalDate end = termEnd(terms, term);
        if (term > 0 && terms.renewalType() == RenewalType.AUTOMATIC) {
            why.add(new Reason("renewal.explain.renewed", term, terms.renewalPeriodMonths()));
        }
        if (terms.renewalType() == RenewalType.EXPLICIT) {
            why.add(new Reason("renewal.explain.explicit", terms.explicitRenewals()));
        }
        why.add(new Reason("renewal.explain.term", start, end));
        LocalDate deadline = noticeDeadline(terms, term);
        boolean last = lastTerm != null && term == lastTerm;
        LocalDate next = last ? null : end.plusDays(1);
        if (last) {
            why.add(endReason(terms, term));
        } else {
            String unit = "renewal.unit." + terms.noticeUnit().name();
            if (deadline != null && deadline.isBefore(start)) {
                // Not "renews, deadline passed": with notice as long as the term, the dates cannot work as entered.
                why.add(new Reason("renewal.explain.notice-before-term", terms.noticeAmount(), unit, deadline, start));
                if (terms.renewalType() == RenewalType.AUTOMATIC) {
                    why.add(new Reason(
                            "renewal.explain.earliest-end", termEnd(terms, firstEndable(terms, term, asOf))));
                }
            } else if (deadline != null) {
                why.add(new Reason("renewal.explain.notice", terms.noticeAmount(), unit, deadline));
                if (deadline.isBefore(asOf)) {
                    why.add(new Reason(
                            "renewal.explain.deadline-passed",
                            deadline,
                            termEnd(terms, firstEndable(terms, term, asOf))));
                }
            }
            why.add(new Reason(
                    terms.renewalType() == RenewalType.AUTOMATIC ? "renewal.explain.renews" : "renewal.explain.decide",
                    next));
        }
        return new RenewalSchedule(asOf, state, term, start, end, last ? null : deadline, next, List.copyOf(why));
    }

    private static Reason endReason(RenewalTerms terms, int lastTerm) {
        LocalDate end = termEnd(terms, lastTerm);
        if (terms.noticeGivenOn() != null && terms.renewalType() == RenewalType.AUTOMATIC) {
            return new Reason("renewal.explain.notice-given", terms.noticeGivenOn(), end);
        }
        return terms.renewalType() == RenewalType.EXPLICIT
                ? new Reason("renewal.explain.explicit-ends", end)
                : new Reason("renewal.explain.no-renewal", end);
    }

    /** The index of the last term, or null when the contract renews indefinitely. */
    static Integer lastTerm(RenewalTerms terms) {
        return switch (terms.renewalType()) {
            case NONE -> 0;
            case EXPLICIT -> terms.explicitRenewals();
            case AUTOMATIC -> terms.noticeGivenOn() == null ? null : termEndedByNotice(terms, terms.noticeGivenOn());
        };
    }

    /** Notice given on a day ends the first term whose deadline it meets: the one it was given in, or later. */
    private static int termEndedByNotice(RenewalTerms terms, LocalDate givenOn) {
        return firstEndable(terms, givenOn.isBefore(terms.start()) ? 0 : termContaining(terms, givenOn), givenOn);
    }

    /**
     * The first term from {@code term} on that notice given on {@code day} still ends: the one whose deadline is
     * not past. Usually {@code term} or the next; later when the notice period is longer than the renewal period.
     */
    static int firstEndable(RenewalTerms terms, int term, LocalDate day) {
        int endable = term;
        for (LocalDate deadline = noticeDeadline(terms, endable);
                deadline != null && day.isAfter(deadline);
                deadline = noticeDeadline(terms, endable)) {
            endable++;
        }
        return endable;
    }

    static int termContaining(RenewalTerms terms, LocalDate date) {
        LocalDate firstRenewal = termStart(terms, 1);
        if (date.isBefore(firstRenewal) || terms.renewalType() == RenewalType.NONE) {
            return date.isBefore(firstRenewal) ? 0 : 1;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(firstRenewal, date);
        int term = 1 + (int) (months / terms.renewalPeriodMonths());
        // ChronoUnit counts whole months the way plusMonths clamps; step to be exact at month ends.
        while (!termStart(terms, term + 1).isAfter(date)) {
            term++;
        }
        while (termStart(terms, term).isAfter(date)) {
            term--;
        }
        return term;
    }

    static LocalDate termStart(RenewalTerms terms, int term) {
        if (term == 0) {
            return terms.start();
        }
        int period = terms.renewalType() == RenewalType.NONE ? terms.initialTermMonths() : terms.renewalPeriodMonths();
        return terms.start().plusMonths(terms.initialTermMonths() + (long) (term - 1) * period);
    }

    static LocalDate termEnd(RenewalTerms terms, int term) {
        return termStart(terms, term + 1).minusDays(1);
    }

    static LocalDate noticeDeadline(RenewalTerms terms, int term) {
        if (terms.noticeAmount() == 0) {
            return null;
        }
        LocalDate nextStart = termStart(terms, term + 1);
        LocalDate latest = terms.noticeUnit() == NoticeUnit.DAYS
                ? nextStart.minusDays(terms.noticeAmount())
                : nextStart.minusMonths(terms.noticeAmount());
        return latest.minusDays(1);
    }
}
