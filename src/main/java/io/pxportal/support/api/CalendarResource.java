package io.pxportal.support.api;

import io.pxportal.shared.domain.DomainException;
import io.pxportal.support.BusinessCalendarDraft;
import io.pxportal.support.BusinessCalendarView;
import io.pxportal.support.Holiday;
import io.pxportal.support.WorkWeek;
import io.pxportal.support.WorkWeekText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A business calendar as the API reads and writes it: the versions of its week as text ("Mon-Thu 08:00-17:00;
 * Fri 08:00-14:00"), each from its date, and its holidays. {@code id} and {@code policies} are ignored on input.
 */
@Schema(name = "BusinessCalendar")
record CalendarResource(
        Long id, String name, String timeZone, List<Week> weeks, List<Holiday> holidays, Long policies) {

    /** One version of the working week. */
    @Schema(name = "WorkingWeek")
    record Week(LocalDate effectiveFrom, String hours) {}

    static CalendarResource of(BusinessCalendarView view) {
        BusinessCalendarDraft d = view.draft();
        return new CalendarResource(
                view.id(),
                d.name(),
                d.timeZone(),
                d.weeks().stream()
                        .sorted(Comparator.comparing(WorkWeek::effectiveFrom))
                        .map(w -> new Week(w.effectiveFrom(), WorkWeekText.format(w.days())))
                        .toList(),
                d.holidays().stream()
                        .sorted(Comparator.comparing(Holiday::date))
                        .toList(),
                view.policies());
    }

    BusinessCalendarDraft toDraft(Long version) {
        List<WorkWeek> versions = weeks == null
                ? List.of()
                : weeks.stream()
                        .map(w -> {
                            if (w.effectiveFrom() == null) {
                                throw new DomainException("validation.required");
                            }
                            try {
                                return new WorkWeek(w.effectiveFrom(), WorkWeekText.parse(w.hours()));
                            } catch (IllegalArgumentException e) {
                                throw new DomainException("support.calendar.hours.invalid", e.getMessage());
                            }
                        })
                        .toList();
        return new BusinessCalendarDraft(name, timeZone, versions, holidays, version);
    }
}
