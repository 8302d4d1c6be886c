package io.pxportal.support;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportOutcome;
import io.pxportal.exchange.ImportRow;
import io.pxportal.exchange.RecordExchange;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business calendars as CSV/XLSX rows, one per calendar, known by name. The hours column is one week ("Mon-Thu
 * 08:00-17:00; Fri 08:00-14:00", in force from the effective-from column or from the start) or several versions
 * ("2000-01-01: Mon-Fri 09:00-17:00 | 2026-07-01: Mon-Thu 08:00-17:00; Fri 08:00-14:00"); holidays are
 * "2026-11-26 Thanksgiving; 2026-12-25 Christmas Day". A row replaces the calendar's weeks and holidays.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
@Order(48)
class CalendarExchange implements RecordExchange<BusinessCalendarDraft> {

    /** The date a week without one is in force from: before any ticket. */
    static final LocalDate FROM_THE_START = LocalDate.of(2000, 1, 1);

    private final BusinessCalendarService service;
    private final WorkCalendarRepository calendars;

    CalendarExchange(BusinessCalendarService service, WorkCalendarRepository calendars) {
        this.service = service;
        this.calendars = calendars;
    }

    @Override
    public String type() {
        return "business-calendars";
    }

    @Override
    public String labelKey() {
        return "support.calendars";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", "support.calendar.name", "New York office", "Calendar"),
                ImportColumn.required("timeZone", "support.policy.zone", "America/New_York", "Zone", "TZ"),
                ImportColumn.required(
                        "hours", "support.calendar.hours", "Mon-Fri 08:00-17:00", "Working hours", "Business hours"),
                ImportColumn.optional(
                        "effectiveFrom",
                        "support.calendar.effective-from",
                        "2026-01-01",
                        "Effective from",
                        "Valid from"),
                ImportColumn.optional(
                        "holidays",
                        "support.policy.holidays",
                        "2026-11-26 Thanksgiving",
                        "Holidays",
                        "Public holidays"));
    }

    @Override
    public boolean mayImport() {
        return CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.PRODUCT_OWNER);
    }

    @Override
    public BusinessCalendarDraft read(ImportRow row) {
        List<WorkWeek> weeks = new ArrayList<>();
        String hours = row.text("hours");
        LocalDate from = row.date("effectiveFrom");
        if (hours != null) {
            for (String version : hours.split("\\|")) {
                String text = version.trim();
                LocalDate effective = from == null ? FROM_THE_START : from;
                int colon = text.indexOf(": ");
                if (colon == 10) {
                    try {
                        effective = LocalDate.parse(text.substring(0, 10));
                        text = text.substring(12);
                    } catch (DateTimeParseException e) {
                        row.error("hours", "support.calendar.hours.invalid", version.trim());
                        continue;
                    }
                }
                try {
                    weeks.add(new WorkWeek(effective, WorkWeekText.parse(text)));
                } catch (IllegalArgumentException e) {
                    row.error("hours", "support.calendar.hours.invalid", e.getMessage());
                }
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        String days = row.text("holidays");
        if (days != null) {
            for (String part : days.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] pair = part.trim().split("\\s+", 2);
                try {
                    holidays.add(new Holiday(LocalDate.parse(pair[0]), pair.length > 1 ? pair[1] : ""));
                } catch (DateTimeParseException e) {
                    row.error("holidays", "support.calendar.holiday.line", part.trim());
                }
            }
        }
        return new BusinessCalendarDraft(row.text("name"), row.text("timeZone"), weeks, holidays, null);
    }

    @Override
    public String naturalKey(BusinessCalendarDraft draft) {
        return draft.name() == null ? "" : draft.name().trim().toLowerCase(Locale.ROOT);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'PRODUCT_OWNER')")
    public ImportOutcome upsert(List<BusinessCalendarDraft> drafts) {
        ImportOutcome outcome = new ImportOutcome(0, 0, 0);
        for (BusinessCalendarDraft draft : drafts) {
            var existing = calendars.findByNameIgnoreCase(draft.name().trim());
            if (existing.isEmpty()) {
                service.create(draft);
                outcome = outcome.plus(new ImportOutcome(1, 0, 0));
            } else if (same(existing.get().toDraft(), draft)) {
                outcome = outcome.plus(new ImportOutcome(0, 0, 1));
            } else {
                WorkCalendar calendar = existing.get();
                service.update(
                        calendar.getId(),
                        new BusinessCalendarDraft(
                                draft.name(), draft.timeZone(), draft.weeks(), draft.holidays(), calendar.getVersion()),
                        null);
                outcome = outcome.plus(new ImportOutcome(0, 1, 0));
            }
        }
        return outcome;
    }

    private static boolean same(BusinessCalendarDraft a, BusinessCalendarDraft b) {
        return a.name().equals(b.name().trim())
                && a.timeZone().equals(b.timeZone().trim())
                && weeks(a).equals(weeks(b))
                && holidays(a).equals(holidays(b));
    }

    @Override
    public List<List<Object>> exportPage(Pageable pageable) {
        List<List<Object>> rows = new ArrayList<>();
        calendars
                .findAll(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id")))
                .forEach(c -> {
                    BusinessCalendarDraft d = c.toDraft();
                    rows.add(new ArrayList<>(
                            java.util.Arrays.asList(d.name(), d.timeZone(), weeks(d), null, holidays(d))));
                });
        return rows;
    }

    /** Every version as "date: hours", oldest first, joined with " | ". */
    static String weeks(BusinessCalendarDraft draft) {
        return draft.weeks().stream()
                .sorted(Comparator.comparing(WorkWeek::effectiveFrom))
                .map(w -> w.effectiveFrom() + ": " + WorkWeekText.format(w.days()))
                .collect(Collectors.joining(" | "));
    }

    static String holidays(BusinessCalendarDraft draft) {
        return draft.holidays().stream()
                .sorted(Comparator.comparing(Holiday::date))
                .map(h -> h.date() + " " + (h.name() == null ? "" : h.name().trim()))
                .collect(Collectors.joining("; "));
    }
}
