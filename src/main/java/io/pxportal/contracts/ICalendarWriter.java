package io.pxportal.contracts;

import io.pxportal.portfolio.PlatformRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes renewal dates as an iCalendar feed (RFC 5545) with ical4j: one all-day event per date, marked free
 * so that it blocks no time, with a UID that stays the same on every poll (so calendar apps update events
 * rather than duplicate them), and a reminder a week before each notice deadline.
 */
@Component
class ICalendarWriter {

    static final String PRODUCT = "-//PX Portal//Renewal calendar//EN";
    /** Notice deadlines remind this far ahead. */
    static final Period REMINDER = Period.ofDays(7);

    private final MessageSource messages;

    ICalendarWriter(MessageSource messages) {
        this.messages = messages;
    }

    String write(List<RenewalDate> dates, Locale locale, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // Outlook and Google name a subscribed calendar after X-WR-CALNAME and poll as often as X-PUBLISHED-TTL asks.
        calendar.add(new XProperty("X-WR-CALNAME", text("calendar.feed.name", locale)));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (RenewalDate date : dates) {
            calendar.add(event(date, locale, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The renewal calendar is not valid iCalendar", e);
        }
        return out.toString();
    }

    private VEvent event(RenewalDate date, Locale locale, Instant stamp) {
        String summary = text(
                "calendar.feed.summary",
                locale,
                text("calendar.kind." + date.kind().name(), locale),
                date.number(),
                date.title());
        VEvent event = new VEvent(date.date(), date.date().plusDays(1), summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(date.key() + "@px-portal"));
        event.add(new Description(description(date, locale)));
        event.add(ImmutableTransp.TRANSPARENT);
        if (date.kind() == RenewalDate.Kind.NOTICE_DEADLINE) {
            VAlarm alarm = new VAlarm(REMINDER.negated());
            alarm.add(ImmutableAction.DISPLAY);
            alarm.add(new Description(text("calendar.feed.reminder", locale, date.number(), date.title())));
            event.add(alarm);
        }
        return event;
    }

    private String description(RenewalDate date, Locale locale) {
        // What does not work comes first: a calendar app shows the description's start.
        String explanation = RenewalTexts.paragraph(
                java.util.stream.Stream.concat(date.warnings().stream(), date.explanation().stream())
                        .toList(),
                locale,
                (key, args) -> text(key, locale, args));
        String platforms = date.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", "));
        return explanation + "\n"
                + text(
                        "calendar.feed.parties",
                        locale,
                        date.vendor() == null ? "" : date.vendor().name(),
                        platforms);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
