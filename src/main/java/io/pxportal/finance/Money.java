package io.pxportal.finance;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount in an ISO 4217 currency. Amounts of different currencies never add up without a rate
 * ({@link FxTable}); adding them here is an error, not a silent 1:1.
 */
public record Money(BigDecimal amount, String currency) {

    /** Compiled once: every amount summed in a report is checked (String.matches compiled it per call). */
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        currency = checkedCurrency(currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency + " without a rate");
        }
        return new Money(amount.add(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** The code if it is an ISO 4217 currency Java knows (EUR, USD, GBP, UAH, …); else an IllegalArgumentException. */
    public static String checkedCurrency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + code);
        }
        return Currency.getInstance(code).getCurrencyCode();
    }

    /** Whether the code names an ISO 4217 currency. */
    public static boolean isCurrency(String code) {
        try {
            checkedCurrency(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
