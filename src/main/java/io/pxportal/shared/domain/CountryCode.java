package io.pxportal.shared.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * An ISO 3166-1 alpha-2 country code in upper case ({@code FR}), as the JDK knows them
 * ({@link Locale#getISOCountries()}); null is valid. Two letters are not enough: {@code XX} is no country.
 * The message names the rejected value as {@code {value}}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCode.Check.class)
public @interface CountryCode {

    String message() default "{validation.country-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link CountryCode}. */
    class Check implements ConstraintValidator<CountryCode, String> {

        static final Set<String> CODES = Set.of(Locale.getISOCountries());

        /** Whether a text is an ISO 3166-1 alpha-2 code (upper case). */
        public static boolean known(String code) {
            return code != null && CODES.contains(code);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || CODES.contains(value)) {
                return true;
            }
            if (context instanceof HibernateConstraintValidatorContext hibernate) {
                hibernate.addMessageParameter("value", value);
            } else {
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
            }
            return false;
        }
    }
}
