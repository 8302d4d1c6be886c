package io.pxportal.contracts;

import java.time.LocalDate;

/**
 * What a contract says about its duration. {@code explicitRenewals}: renewals agreed so far (explicit renewal);
 * {@code noticeGivenOn}: the day notice to end was given, if it was.
 */
public record RenewalTerms(
        LocalDate start,
        int initialTermMonths,
        RenewalType renewalType,
        int renewalPeriodMonths,
        int noticeAmount,
        NoticeUnit noticeUnit,
        int explicitRenewals,
        LocalDate noticeGivenOn) {

    public RenewalTerms {
        if (start == null || initialTermMonths < 1) {
            throw new IllegalArgumentException("a contract needs a start and an initial term of a month or more");
        }
        if (renewalType != RenewalType.NONE && renewalPeriodMonths < 1) {
            throw new IllegalArgumentException("a renewing contract needs a renewal period of a month or more");
        }
        if (noticeAmount < 0 || explicitRenewals < 0) {
            throw new IllegalArgumentException("notice and renewals cannot be negative");
        }
    }
}
