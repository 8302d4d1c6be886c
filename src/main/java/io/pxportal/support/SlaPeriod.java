package io.pxportal.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * The months an SLA figure covers, by the month the tickets were opened (ADR 005). The PX metrics take the quarter
 * they are asked for; the card and the steering agenda take the last full calendar quarter before the day, so the
 * committee sees the same compliance as the PX scorecard of that quarter.
 */
record SlaPeriod(YearMonth from, YearMonth to) {

    /** The calendar quarter that ended before {@code day}'s quarter began, e.g. 2026-Q3 for 2026-12-27. */
    static SlaPeriod quarterBefore(LocalDate day) {
        YearMonth firstOfQuarter = YearMonth.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        return new SlaPeriod(firstOfQuarter.minusMonths(3), firstOfQuarter.minusMonths(1));
    }

    static SlaPeriod of(LocalDate from, LocalDate to) {
        return new SlaPeriod(YearMonth.from(from), YearMonth.from(to));
    }

    /** "2026-Q3" for a calendar quarter, else "2026-07 – 2026-09". */
    String label() {
        boolean quarter = from.getMonthValue() % 3 == 1 && to.equals(from.plusMonths(2));
        return quarter ? from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1) : from + " – " + to;
    }

    /** The period for a sentence: a calendar quarter written in the reader's language, else {@link #label}. */
    Object argument() {
        boolean quarter = from.getMonthValue() % 3 == 1 && to.equals(from.plusMonths(2));
        return quarter
                ? new io.pxportal.shared.i18n.Sentences.QuarterOf(from.getYear(), (from.getMonthValue() - 1) / 3 + 1)
                : label();
    }

    /** The tickets opened in these months on one platform (the drill-down behind a platform's figure). */
    TicketFilter tickets(Long platformId) {
        return new TicketFilter(null, java.util.Set.of(platformId), null, from, to, false, false);
    }
}
