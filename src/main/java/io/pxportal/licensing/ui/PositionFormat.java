package io.pxportal.licensing.ui;

import com.vaadin.flow.component.Component;
import io.pxportal.licensing.LicencePosition;
import io.pxportal.shared.i18n.Formats;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;

/** Position figures in the user's language: numbers, percentages and money in their locale, "" when unknown. */
final class PositionFormat {

    private final Component owner;
    private final Supplier<Locale> locale;

    /** {@code locale} is the owner's (a component's locale is protected, hence passed in). */
    PositionFormat(Component owner, Supplier<Locale> locale) {
        this.owner = owner;
        this.locale = locale;
    }

    String number(BigDecimal value) {
        return Formats.number(value, locale.get());
    }

    String percent(BigDecimal value) {
        return value == null ? "" : owner.getTranslation("licence.percent", number(value));
    }

    String money(BigDecimal amount, String currency) {
        return Formats.money(amount, Currency.getInstance(currency), locale.get());
    }

    String entitled(LicencePosition position) {
        return position.entitled() == null ? owner.getTranslation("licence.unlimited") : number(position.entitled());
    }

    String status(LicencePosition position) {
        return owner.getTranslation("licence.status." + position.status().name());
    }
}
