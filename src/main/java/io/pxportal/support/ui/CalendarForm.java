package io.pxportal.support.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.pxportal.shared.ui.DatePickers;
import io.pxportal.shared.ui.Notifications;
import io.pxportal.support.BusinessCalendarDraft;
import io.pxportal.support.Holiday;
import io.pxportal.support.WorkWeek;
import io.pxportal.support.WorkWeekText;
import io.pxportal.support.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A business calendar: name, time zone, the working hours of each weekday in a week effective from a date (a new
 * date adds a version of the week, the date of an existing version replaces it), and the holidays, one per line
 * as "2026-11-26 Thanksgiving". Earlier versions are listed as they stand.
 */
class CalendarForm extends FormLayout implements RetimingEditor.Form<BusinessCalendarDraft> {

    private final BusinessCalendarDraft start;
    private final TextField name = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final DatePicker effectiveFrom = DatePickers.localized(new DatePicker());
    private final Map<DayOfWeek, Checkbox> works = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> starts = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> ends = new EnumMap<>(DayOfWeek.class);
    private final TextArea holidays = new TextArea();

    CalendarForm(BusinessCalendarDraft start, LocalDate today) {
        this.start = start;
        setId("calendar-form");
        name.setId("calendar-name");
        name.setValue(start.name() == null ? "" : start.name());
        zone.setId("calendar-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(start.timeZone());
        WorkWeek latest = start.weeks().stream()
                .max(Comparator.comparing(WorkWeek::effectiveFrom))
                .orElse(null);
        effectiveFrom.setId("calendar-effective-from");
        effectiveFrom.setValue(latest == null ? today : latest.effectiveFrom());
        effectiveFrom.setHelperText(getTranslation("support.calendar.effective-from.help"));
        addFormItem(name, getTranslation("support.calendar.name"));
        addFormItem(zone, getTranslation("support.policy.zone"));
        addFormItem(effectiveFrom, getTranslation("support.calendar.effective-from"));
        for (DayOfWeek day : DayOfWeek.values()) {
            String id = "calendar-" + day.name().substring(0, 3).toLowerCase(Locale.ROOT);
            WorkingHours hours = latest == null ? null : latest.days().get(day);
            Checkbox on = new Checkbox(getTranslation("support.calendar.works"), hours != null);
            on.setId(id + "-works");
            TimePicker from = new TimePicker(hours == null ? LocalTime.of(9, 0) : hours.start());
            from.setId(id + "-start");
            TimePicker to = new TimePicker(
                    hours == null
                            ? LocalTime.of(17, 0)
                            : hours.end().equals(LocalTime.MAX) ? LocalTime.of(23, 59) : hours.end());
            to.setId(id + "-end");
            works.put(day, on);
            starts.put(day, from);
            ends.put(day, to);
            HorizontalLayout row = new HorizontalLayout(on, from, to);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            // One weekday per line: a day's checkbox and both times side by side do not fit half the form.
            setColspan(addFormItem(row, day.getDisplayName(TextStyle.FULL, getLocale())), 2);
        }
        List<WorkWeek> earlier = start.weeks().stream()
                .filter(w -> w != latest)
                .sorted(Comparator.comparing(WorkWeek::effectiveFrom))
                .toList();
        if (!earlier.isEmpty()) {
            Span list = new Span(earlier.stream()
                    .map(w -> w.effectiveFrom() + ": " + WorkWeekText.format(w.days()))
                    .collect(Collectors.joining(" | ")));
            list.setId("calendar-earlier-weeks");
            addFormItem(list, getTranslation("support.calendar.earlier-weeks"));
        }
        holidays.setId("calendar-holidays");
        holidays.setWidthFull();
        holidays.setHelperText(getTranslation("support.calendar.holidays.help"));
        holidays.setValue(start.holidays().stream()
                .sorted(Comparator.comparing(Holiday::date))
                .map(h -> h.date() + " " + h.name())
                .collect(Collectors.joining("\n")));
        addFormItem(holidays, getTranslation("support.policy.holidays"));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        getChildren()
                .forEach(c -> c.getChildren().forEach(f -> {
                    if (f instanceof HasValue<?, ?> field) {
                        field.setReadOnly(readOnly);
                    }
                    f.getChildren().forEach(g -> {
                        if (g instanceof HasValue<?, ?> field) {
                            field.setReadOnly(readOnly);
                        }
                    });
                }));
    }

    /** The draft, or empty after telling the user what to correct. */
    @Override
    public Optional<BusinessCalendarDraft> validDraft() {
        boolean missing = false;
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("validation.required"));
            missing = true;
        }
        if (zone.getValue() == null) {
            zone.setInvalid(true);
            zone.setErrorMessage(getTranslation("validation.required"));
            missing = true;
        }
        if (missing) {
            return Optional.empty();
        }
        if (effectiveFrom.getValue() == null) {
            effectiveFrom.setInvalid(true);
            effectiveFrom.setErrorMessage(getTranslation("validation.required"));
            return Optional.empty();
        }
        Map<DayOfWeek, WorkingHours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!works.get(day).getValue()) {
                continue;
            }
            LocalTime from = starts.get(day).getValue();
            LocalTime to = ends.get(day).getValue();
            if (from == null || to == null || !to.isAfter(from)) {
                ends.get(day).setInvalid(true);
                ends.get(day).setErrorMessage(getTranslation("support.policy.hours.invalid"));
                return Optional.empty();
            }
            days.put(day, new WorkingHours(from, to));
        }
        List<WorkWeek> weeks = new ArrayList<>(start.weeks().stream()
                .filter(w -> !w.effectiveFrom().equals(effectiveFrom.getValue()))
                .toList());
        weeks.add(new WorkWeek(effectiveFrom.getValue(), days));
        List<Holiday> dates = new ArrayList<>();
        for (String line : holidays.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+", 2);
            try {
                dates.add(new Holiday(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : ""));
            } catch (DateTimeParseException e) {
                holidays.setInvalid(true);
                Notifications.error(getTranslation("support.calendar.holiday.line", line.trim()));
                return Optional.empty();
            }
        }
        return Optional.of(new BusinessCalendarDraft(
                name.getValue(), zone.getValue() == null ? "" : zone.getValue(), weeks, dates, start.version()));
    }
}
