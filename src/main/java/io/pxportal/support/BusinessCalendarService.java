package io.pxportal.support;

import io.pxportal.shared.audit.AuditEntry;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.domain.RecordVersions;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Business calendars that SLA policies share. Everyone logged in reads; admins and product owners create one; an
 * admin, or a product owner who may change every policy on it, changes it. A change re-times the open tickets of
 * every policy on the calendar (and, when asked, those opened from a month on), in the change's revision.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class BusinessCalendarService {

    private final WorkCalendarRepository calendars;
    private final SlaPolicyRepository policies;
    private final TicketClocks clocks;
    private final RetimingRepository retimings;
    private final BusinessCalendarAccess access;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RecordVersions recordVersions;

    BusinessCalendarService(
            WorkCalendarRepository calendars,
            SlaPolicyRepository policies,
            TicketClocks clocks,
            RetimingRepository retimings,
            BusinessCalendarAccess access,
            AuditTrail auditTrail,
            Clock clock,
            RecordVersions recordVersions) {
        this.calendars = calendars;
        this.policies = policies;
        this.clocks = clocks;
        this.retimings = retimings;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.recordVersions = recordVersions;
    }

    @PreAuthorize("isAuthenticated()")
    public List<BusinessCalendarView> page(Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
        return calendars.findAll(sorted).stream().map(this::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count() {
        return calendars.count();
    }

    @PreAuthorize("isAuthenticated()")
    public BusinessCalendarView get(Long id) {
        return view(find(id));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public BusinessCalendarView create(@Valid BusinessCalendarDraft draft) {
        requireUniqueName(draft.name(), null);
        return view(calendars.saveAndFlush(new WorkCalendar(draft)));
    }

    /**
     * Saves a change and re-times the open tickets of the policies on the calendar, and those opened from
     * {@code retimeFrom} on when given; refuses when someone saved it since the draft's version.
     */
    @Transactional
    @PreAuthorize("@businessCalendarAccess.canEdit(#id)")
    public BusinessCalendarView update(Long id, @Valid BusinessCalendarDraft draft, YearMonth retimeFrom) {
        WorkCalendar calendar = find(id);
        ConcurrentEditException.check(draft.version(), calendar.getVersion(), calendar.getName());
        requireUniqueName(draft.name(), id);
        calendar.describe(draft);
        recordVersions.saved(calendars.saveAndFlush(calendar), draft.version());
        int count = clocks.retime(policies.findByCalendarId(id), retimeFrom);
        retimings.save(new Retiming(
                Retiming.Subject.CALENDAR,
                id,
                calendar.getName(),
                retimeFrom == null ? null : retimeFrom.atDay(1),
                count,
                clock.instant()));
        return view(calendar);
    }

    @PreAuthorize("isAuthenticated()")
    public List<AuditEntry> history(Long id) {
        return AuditTrail.newestFirst(auditTrail.history(WorkCalendar.class, id, WorkCalendar::getName));
    }

    private void requireUniqueName(String name, Long self) {
        calendars
                .findByNameIgnoreCase(name.trim())
                .filter(c -> !c.getId().equals(self))
                .ifPresent(c -> {
                    throw new DomainException("support.calendar.name-taken", c.getName());
                });
    }

    private BusinessCalendarView view(WorkCalendar calendar) {
        return new BusinessCalendarView(
                calendar.getId(),
                calendar.toDraft(),
                policies.countByCalendarId(calendar.getId()),
                access.canEdit(calendar.getId()));
    }

    private WorkCalendar find(Long id) {
        return calendars.findById(id).orElseThrow(() -> new NotFoundException("business-calendar", id));
    }
}
