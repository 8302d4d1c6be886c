package io.pxportal.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a contract stands on a date: the term it is in (or the last one, once ended), the last day to give
 * notice for that term, the day it renews (if it does), and the reasons in words.
 */
public record RenewalSchedule(
        LocalDate asOf,
        State state,
        int termNumber,
        LocalDate termStart,
        LocalDate termEnd,
        LocalDate noticeDeadline,
        LocalDate nextRenewal,
        List<Reason> explanation) {

    /** Where the contract stands. */
    public enum State {
        /** Before the start date. */
        NOT_STARTED,
        /** In a term that is followed by another unless someone acts. */
        RENEWING,
        /** In its last term: no renewal type, explicit renewal not (yet) agreed, or notice given. */
        ENDING,
        /** After the end of its last term. */
        ENDED
    }

    /** One sentence of the explanation: a message key and its arguments (dates as LocalDate). */
    public record Reason(String key, Object... arguments) {}

    /** Days from {@code asOf} to the notice deadline (negative once it has passed); null when there is none. */
    public Long daysToNoticeDeadline() {
        return noticeDeadline == null ? null : java.time.temporal.ChronoUnit.DAYS.between(asOf, noticeDeadline);
    }
}
