package io.pxportal.support;

import io.pxportal.shared.audit.AuditSnapshot;
import io.pxportal.shared.audit.AuditTrail;
import io.pxportal.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A business calendar that SLA policies share: a time zone, the versions of its working week by the date each
 * takes effect (kept as {@link WorkWeekText}) and its named holidays.
 */
@Entity
@Table(name = "business_calendar")
@Audited
class WorkCalendar implements AuditSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "business_calendar_week", joinColumns = @JoinColumn(name = "calendar_id"))
    @MapKeyColumn(name = "effective_from")
    @Column(name = "hours", nullable = false, length = 300)
    private Map<LocalDate, String> weeks = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "business_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    @MapKeyColumn(name = "holiday")
    @Column(name = "name", nullable = false, length = 120)
    private Map<LocalDate, String> holidays = new TreeMap<>();

    protected WorkCalendar() {}

    WorkCalendar(BusinessCalendarDraft draft) {
        describe(draft);
    }

    /** Takes over the calendar, refusing what the SLA engine could not use. */
    void describe(BusinessCalendarDraft draft) {
        try {
            ZoneId.of(draft.timeZone().trim());
        } catch (DateTimeException e) {
            throw new DomainException("support.policy.zone.invalid", draft.timeZone());
        }
        if (draft.weeks().isEmpty()) {
            throw new DomainException("support.calendar.weeks.missing");
        }
        Map<LocalDate, String> newWeeks = new TreeMap<>();
        for (WorkWeek week : draft.weeks()) {
            if (week.days().isEmpty()) {
                throw new DomainException("support.calendar.week.empty", week.effectiveFrom());
            }
            if (newWeeks.put(week.effectiveFrom(), WorkWeekText.format(week.days())) != null) {
                throw new DomainException("support.calendar.week.twice", week.effectiveFrom());
            }
        }
        Map<LocalDate, String> newHolidays = new TreeMap<>();
        for (Holiday holiday : draft.holidays()) {
            if (holiday.date() == null
                    || holiday.name() == null
                    || holiday.name().isBlank()
                    || holiday.name().trim().length() > 120) {
                throw new DomainException("support.calendar.holiday.invalid", holiday.date(), holiday.name());
            }
            if (newHolidays.put(holiday.date(), holiday.name().trim()) != null) {
                throw new DomainException("support.calendar.holiday.twice", holiday.date());
            }
        }
        this.name = draft.name().trim();
        this.timeZone = draft.timeZone().trim();
        this.weeks.keySet().retainAll(newWeeks.keySet());
        this.weeks.putAll(newWeeks);
        this.holidays.keySet().retainAll(newHolidays.keySet());
        this.holidays.putAll(newHolidays);
    }

    /** What the SLA engine runs on, in business hours. */
    BusinessCalendar toEngine() {
        return new BusinessCalendar(
                zone(),
                weeks.entrySet().stream()
                        .map(e -> new WorkWeek(e.getKey(), WorkWeekText.parse(e.getValue())))
                        .toList(),
                new HashSet<>(holidays.keySet()),
                false);
    }

    BusinessCalendarDraft toDraft() {
        List<WorkWeek> versions = weeks.entrySet().stream()
                .map(e -> new WorkWeek(e.getKey(), WorkWeekText.parse(e.getValue())))
                .toList();
        List<Holiday> days = holidays.entrySet().stream()
                .map(e -> new Holiday(e.getKey(), e.getValue()))
                .toList();
        return new BusinessCalendarDraft(name, timeZone, versions, days, version);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The holiday dates, for telling whether a change touches days already past. */
    Set<LocalDate> holidayDates() {
        return Set.copyOf(holidays.keySet());
    }

    @Override
    public Map<String, String> auditValues() {
        return AuditTrail.snapshot(
                "support.calendar.name",
                name,
                "support.policy.zone",
                timeZone,
                "support.calendar.weeks",
                weeks.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(" | ")),
                "support.policy.holidays",
                holidays.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
    }

    Long getId() {
        return id;
    }

    Long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }
}
