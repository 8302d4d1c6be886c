package io.pxportal.contracts;

import io.pxportal.contracts.RenewalSchedule.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a contract can work as entered (ADR 006). Two kinds of finding, on every path (editor, REST API,
 * import):
 *
 * <ul>
 *   <li><b>Refusals</b>: a start date or a notice-given date before 1990-01-01 or more than 50 years after
 *       today — no CCM contract is that old or that far ahead; such a date is a typo (0225, 2205) or a
 *       spreadsheet's mangled date. An end before the start cannot be entered: the end is derived from an
 *       initial term of at least one month.</li>
 *   <li><b>Warnings</b>: a term (the initial term, or any renewal term) as short as its notice period or shorter,
 *       so that the term's notice deadline falls before the term starts. A contract may say so on paper, so it is
 *       saved, but flagged wherever it is shown.</li>
 * </ul>
 */
public final class ContractSanity {

    /** No contract date before this one is plausible. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** Nor one more than this many years after today. */
    public static final int YEARS_AHEAD = 50;
    /**
     * Renewal terms examined for a warning: term lengths in days depend only on the start month and the leap
     * year, which repeat every 48 months, so 48 terms show every length a contract's renewal terms have.
     */
    static final int RENEWAL_TERMS_CHECKED = 48;

    private ContractSanity() {}

    /** A date that is refused: the draft's field, the message key and its arguments. */
    public record Refusal(String field, String messageKey, Object... arguments) {}

    /** The latest plausible contract date as of {@code today}. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** Whether a contract date is plausible as of {@code today} (null dates are left to the required checks). */
    public static boolean plausible(LocalDate date, LocalDate today) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
    }

    /** The draft's dates that are refused, in field order; empty when every date is plausible. */
    public static List<Refusal> refusals(ContractDraft draft, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        if (!plausible(draft.start(), today)) {
            refusals.add(new Refusal(
                    "start",
                    "contract.start.implausible",
                    draft.start().toString(),
                    EARLIEST.toString(),
                    latest(today).toString()));
        }
        if (draft.renewalType() == RenewalType.AUTOMATIC && !plausible(draft.noticeGivenOn(), today)) {
            refusals.add(new Refusal(
                    "noticeGivenOn",
                    "contract.notice-given-on.implausible",
                    draft.noticeGivenOn().toString(),
                    EARLIEST.toString(),
                    latest(today).toString()));
        }
        return refusals;
    }

    /**
     * The warnings of a draft as entered, or none while its terms are not complete or valid enough to check
     * (those problems are reported by the draft's own validation).
     */
    public static List<Reason> warnings(ContractDraft draft) {
        boolean checkable = draft.start() != null
                && draft.renewalType() != null
                && draft.noticeUnit() != null
                && draft.initialTermMonths() >= 1
                && draft.noticeAmount() >= 0
                && draft.explicitRenewals() >= 0
                && (draft.renewalType() == RenewalType.NONE || draft.renewalPeriodMonths() >= 1);
        return checkable ? warnings(draft.renewalTerms()) : List.of();
    }

    /**
     * What does not work in the contract's terms: the initial term, and the first renewal term, whose notice
     * deadline falls before the term starts. As sentences: a message key per notice unit; arguments notice amount,
     * term months, then dates as LocalDate. A contract that does not renew has no notice deadline: no warning.
     */
    public static List<Reason> warnings(RenewalTerms terms) {
        if (terms.renewalType() == RenewalType.NONE || terms.noticeAmount() == 0) {
            return List.of();
        }
        List<Reason> warnings = new ArrayList<>();
        // One message per unit, so that every renderer, the import's stored warnings included, words it alone.
        String unit = "." + terms.noticeUnit().name();
        LocalDate initialDeadline = RenewalEngine.noticeDeadline(terms, 0);
        if (initialDeadline.isBefore(terms.start())) {
            warnings.add(new Reason(
                    "contract.warning.notice-exceeds-initial-term" + unit,
                    terms.noticeAmount(),
                    terms.initialTermMonths(),
                    initialDeadline,
                    terms.start()));
        }
        for (int term = 1; term <= RENEWAL_TERMS_CHECKED; term++) {
            LocalDate start = RenewalEngine.termStart(terms, term);
            LocalDate deadline = RenewalEngine.noticeDeadline(terms, term);
            if (deadline.isBefore(start)) {
                warnings.add(new Reason(
                        "contract.warning.notice-exceeds-renewal-term" + unit,
                        terms.noticeAmount(),
                        terms.renewalPeriodMonths(),
                        start,
                        deadline));
                break;
            }
        }
        return List.copyOf(warnings);
    }
}
