package io.pxportal.contracts;

/**
 * A calendar link just made: {@code secret} is the last part of its address ({@code /calendar/<secret>.ics}) and
 * cannot be shown again.
 */
public record NewCalendarLink(CalendarLinkInfo link, String secret) {

    @Override
    public String toString() {
        return "NewCalendarLink[" + link + ", secret=…]";
    }
}
