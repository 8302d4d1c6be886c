package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.VendorRef;
import java.time.LocalDate;
import java.util.List;

/**
 * A date on which something falls due for a contract: the last day to give notice, the day it renews, or the
 * day it ends. {@code daysLeft} counts from today; {@code explanation} says in words how the date comes about,
 * as the contract will stand on that day; {@code warnings} what does not work in the contract's terms
 * ({@link ContractSanity}), empty for a consistent contract.
 */
public record RenewalDate(
        LocalDate date,
        Kind kind,
        Long contractId,
        String number,
        String title,
        VendorRef vendor,
        List<PlatformRef> platforms,
        String owner,
        long daysLeft,
        List<RenewalSchedule.Reason> explanation,
        List<RenewalSchedule.Reason> warnings) {

    /** Due within this many days: act now. */
    public static final int URGENT_DAYS = 30;
    /** Due within this many days: plan it. */
    public static final int SOON_DAYS = 60;

    public RenewalDate {
        platforms = List.copyOf(platforms);
        explanation = List.copyOf(explanation);
        warnings = List.copyOf(warnings);
    }

    /** Whether the contract's terms cannot work as entered. */
    public boolean inconsistent() {
        return !warnings.isEmpty();
    }

    /** What falls due. */
    public enum Kind {
        /** The last day to give notice, or the contract renews. */
        NOTICE_DEADLINE,
        /** The first day of a new term (agreed, or automatic because no notice was given). */
        NEXT_RENEWAL,
        /** The last day of the contract's last term: nothing follows unless a new contract is made. */
        TERM_END
    }

    /** How soon the date is. */
    public enum Urgency {
        URGENT,
        SOON,
        LATER
    }

    public Urgency urgency() {
        return daysLeft <= URGENT_DAYS ? Urgency.URGENT : daysLeft <= SOON_DAYS ? Urgency.SOON : Urgency.LATER;
    }

    /** Identifies the date for good (e.g. as a calendar event's UID): the contract, what falls due, and when. */
    public String key() {
        return "contract-" + contractId + "-"
                + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + date;
    }
}
