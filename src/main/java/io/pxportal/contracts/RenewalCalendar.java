package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.portfolio.VendorRef;
import io.pxportal.portfolio.VendorService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal calendar: every notice deadline, renewal and contract end in a period, derived by
 * {@link RenewalEngine} from what each contract says. Everyone logged in reads it, as they read contracts.
 */
@Service
@Transactional(readOnly = true)
public class RenewalCalendar {

    /** How far ahead the calendar and its feed look. */
    public static final int MONTHS_AHEAD = 18;

    private static final Comparator<RenewalDate> ORDER = Comparator.comparing(RenewalDate::date)
            .thenComparing(RenewalDate::kind)
            .thenComparing(RenewalDate::number, String.CASE_INSENSITIVE_ORDER);

    private final ContractRepository contracts;
    private final VendorService vendors;
    private final PlatformService platforms;
    private final Clock clock;

    RenewalCalendar(ContractRepository contracts, VendorService vendors, PlatformService platforms, Clock clock) {
        this.contracts = contracts;
        this.vendors = vendors;
        this.platforms = platforms;
        this.clock = clock;
    }

    /** The dates from today until {@value #MONTHS_AHEAD} months ahead, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<RenewalDate> upcoming(RenewalCalendarFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return upcoming(today, today.plusMonths(MONTHS_AHEAD).minusDays(1), filter);
    }

    /**
     * The dates from {@code from} to {@code to} (both included) of the contracts matching the filter, by date,
     * then kind, then contract number; days left count from today.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RenewalDate> upcoming(LocalDate from, LocalDate to, RenewalCalendarFilter filter) {
        // The dates are derived, not stored, so they are computed here for every matching contract. An
        // enterprise has hundreds of CCM contracts, not millions, and a contract yields a handful of dates in
        // 18 months: loading the matching contracts at once is cheaper than keeping derived dates in step.
        List<Contract> matching = contracts.findAll(matching(filter));
        Map<Long, VendorRef> vendorRefs =
                vendors.refsByIds(matching.stream().map(Contract::getVendorId).collect(Collectors.toSet()));
        Map<Long, PlatformRef> platformRefs = platforms.refsByIds(
                matching.stream().flatMap(c -> c.getPlatformIds().stream()).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<RenewalDate> dates = new ArrayList<>();
        for (Contract contract : matching) {
            RenewalTerms terms = contract.renewalTerms();
            List<RenewalSchedule.Reason> warnings = ContractSanity.warnings(terms);
            List<PlatformRef> covered = contract.getPlatformIds().stream()
                    .map(platformRefs::get)
                    .filter(Objects::nonNull)
                    .toList();
            for (Due due : dues(terms, from, to)) {
                dates.add(new RenewalDate(
                        due.date(),
                        due.kind(),
                        contract.getId(),
                        contract.getNumber(),
                        contract.getTitle(),
                        vendorRefs.get(contract.getVendorId()),
                        covered,
                        contract.getOwner(),
                        ChronoUnit.DAYS.between(today, due.date()),
                        explanation(terms, due),
                        warnings));
            }
        }
        dates.sort(ORDER);
        return dates;
    }

    /** One date of one contract, before names are attached. */
    record Due(LocalDate date, RenewalDate.Kind kind) {}

    /**
     * The dates that fall due between {@code from} and {@code to}, term after term: a renewing term's notice
     * deadline (unless already past on {@code from}) and the day the next term starts; the last term's end.
     */
    static List<Due> dues(RenewalTerms terms, LocalDate from, LocalDate to) {
        List<Due> dues = new ArrayList<>();
        LocalDate asOf = from;
        while (!asOf.isAfter(to)) {
            RenewalSchedule term = RenewalEngine.schedule(terms, asOf);
            if (term.state() == RenewalSchedule.State.ENDED) {
                break;
            }
            LocalDate deadline = term.noticeDeadline();
            if (deadline != null && !deadline.isBefore(from) && !deadline.isAfter(to)) {
                dues.add(new Due(deadline, RenewalDate.Kind.NOTICE_DEADLINE));
            }
            if (term.nextRenewal() == null) {
                if (!term.termEnd().isAfter(to)) {
                    dues.add(new Due(term.termEnd(), RenewalDate.Kind.TERM_END));
                }
                break;
            }
            if (!term.nextRenewal().isAfter(to)) {
                dues.add(new Due(term.nextRenewal(), RenewalDate.Kind.NEXT_RENEWAL));
            }
            asOf = term.nextRenewal();
        }
        return dues;
    }

    /**
     * Why the date falls due, as the contract stands on the day — for a renewal, on the day before, when the
     * sentence "unless notice is given, it renews on …" still applies.
     */
    private static List<RenewalSchedule.Reason> explanation(RenewalTerms terms, Due due) {
        LocalDate asOf =
                due.kind() == RenewalDate.Kind.NEXT_RENEWAL ? due.date().minusDays(1) : due.date();
        return RenewalEngine.schedule(terms, asOf).explanation();
    }

    private static Specification<Contract> matching(RenewalCalendarFilter filter) {
        Specification<Contract> spec =
                ContractRepository.matching(new ContractFilter(null, filter.vendorId(), filter.platformId()));
        if (filter.owner() == null || filter.owner().isBlank()) {
            return spec;
        }
        String owner = filter.owner().trim().toLowerCase(java.util.Locale.ROOT);
        return spec.and((root, query, cb) -> cb.equal(cb.lower(root.get("owner")), owner));
    }
}
