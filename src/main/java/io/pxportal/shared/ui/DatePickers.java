package io.pxportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.i18n.Languages;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the user's language and region: the date written as the region writes it (7/12/2026 in en-GB,
 * 12/7/2026 in en-US, 07.12.2026 in Ukrainian), month and weekday names of the language, the region's first day
 * of the week, and the picker's buttons translated. Every date picker of the portal goes through here, so the field
 * never shows a different date format than the text beside it.
 */
public final class DatePickers {

    private DatePickers() {}

    /** Localizes the picker for the current UI's locale and returns it. */
    public static DatePicker localized(DatePicker picker) {
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    /** Localizes the date part of a date-and-time picker for the current UI's locale and returns it. */
    public static DateTimePicker localized(DateTimePicker picker) {
        Locale locale = locale();
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale));
        return picker;
    }

    /** The picker texts and format for {@code locale}. */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        Locale language = Languages.supportedOrDefault(locale);
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(month.getDisplayName(TextStyle.FULL_STANDALONE, language));
        }
        List<String> weekdays = new ArrayList<>();
        List<String> weekdaysShort = new ArrayList<>();
        // The picker counts weekdays from Sunday.
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = DayOfWeek.SUNDAY.plus(i);
            weekdays.add(day.getDisplayName(TextStyle.FULL_STANDALONE, language));
            weekdaysShort.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, language));
        }
        UI ui = UI.getCurrent();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(Formats.firstDayOfWeek(locale).getValue() % 7)
                .setDateFormat(Formats.datePattern(locale));
        if (ui != null) {
            i18n.setToday(ui.getTranslation("date-picker.today")).setCancel(ui.getTranslation("date-picker.cancel"));
        }
        return i18n;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.ENGLISH : ui.getLocale();
    }
}
