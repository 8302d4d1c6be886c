package io.pxportal.finance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.pxportal.finance.Money;
import io.pxportal.finance.RateGap;
import io.pxportal.finance.ReportingTotal;
import io.pxportal.shared.i18n.Formats;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/** Amounts as the finance views show them: in the user's locale, with an incomplete total marked, never hidden. */
final class Amounts {

    private Amounts() {}

    /** The component's locale (protected in Vaadin), from its UI or the current one. */
    static Locale locale(Component component) {
        return component
                .getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? Locale.ENGLISH
                        : UI.getCurrent().getLocale());
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        return amount == null ? "" : Formats.money(amount, Currency.getInstance(currency), locale);
    }

    static String money(Money money, Locale locale) {
        return money(money.amount(), money.currency(), locale);
    }

    /** "€1,234.00", or "€1,234.00 + $9,500.00 not converted" when a rate was missing. */
    static String text(ReportingTotal total, Component i18n) {
        Locale locale = locale(i18n);
        String shown = money(total.amount(), total.currency(), locale);
        if (total.complete()) {
            return shown;
        }
        return i18n.getTranslation(
                "finance.amount.incomplete",
                shown,
                total.unconverted().entrySet().stream()
                        .map(e -> money(e.getValue(), e.getKey(), locale))
                        .collect(Collectors.joining(", ")));
    }

    /** The total as a cell: marked and explained on hover when a rate was missing. */
    static Span cell(ReportingTotal total, Component i18n) {
        Span span = new Span(text(total, i18n));
        if (!total.complete()) {
            span.getElement().getThemeList().add("badge warning");
            span.setTitle(gaps(total.gaps(), i18n));
        }
        return span;
    }

    static String gaps(Collection<RateGap> gaps, Component i18n) {
        return i18n.getTranslation(
                "finance.gaps", gaps.stream().sorted().map(RateGap::toString).collect(Collectors.joining(", ")));
    }

    static String percent(BigDecimal value, Locale locale) {
        return value == null ? "" : Formats.percentSign(Formats.number(value, locale), locale);
    }
}
