package io.pxportal.shared.agenda;

import io.pxportal.shared.i18n.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One figure of an agenda item, kept as text in a neutral form so it can be frozen and shown later in any
 * language: a date as ISO (2026-12-30), a number or amount as a plain decimal (1234.50) with the currency code as
 * its {@code unit}, a message key for a status, or plain text.
 */
public record AgendaFigure(String labelKey, Kind kind, String value, String unit) {

    public enum Kind {
        TEXT,
        MESSAGE,
        DATE,
        NUMBER,
        PERCENT,
        MONEY
    }

    public AgendaFigure {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value;
        unit = unit == null ? "" : unit;
    }

    public static AgendaFigure text(String labelKey, String text) {
        return new AgendaFigure(labelKey, Kind.TEXT, text, null);
    }

    /** A value shown translated, e.g. {@code outcome.RENEW}. */
    public static AgendaFigure message(String labelKey, String messageKey) {
        return new AgendaFigure(labelKey, Kind.MESSAGE, messageKey, null);
    }

    public static AgendaFigure date(String labelKey, LocalDate date) {
        return new AgendaFigure(labelKey, Kind.DATE, date == null ? null : date.toString(), null);
    }

    public static AgendaFigure number(String labelKey, BigDecimal number) {
        return new AgendaFigure(labelKey, Kind.NUMBER, plain(number), null);
    }

    public static AgendaFigure percent(String labelKey, BigDecimal percent) {
        return new AgendaFigure(labelKey, Kind.PERCENT, plain(percent), null);
    }

    public static AgendaFigure money(String labelKey, BigDecimal amount, String currency) {
        return new AgendaFigure(labelKey, Kind.MONEY, plain(amount), currency);
    }

    /** The figure as a person reads it in {@code locale}; {@code translate} turns a message key into text. */
    public String display(Locale locale, Function<String, String> translate) {
        if (value.isEmpty()) {
            return "—";
        }
        return switch (kind) {
            case TEXT -> value;
            case MESSAGE -> translate.apply(value);
            case DATE -> Formats.date(LocalDate.parse(value), locale);
            case NUMBER -> Formats.number(new BigDecimal(value), locale);
            case PERCENT -> Formats.percentSign(Formats.number(new BigDecimal(value), locale), locale);
            case MONEY -> Formats.money(new BigDecimal(value), Currency.getInstance(unit), locale);
        };
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }
}
