package io.pxportal.shared.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and instants in request bodies read strictly, as ISO 8601 text: Jackson's own instant reader takes
 * {@code 24:00} as the next day and {@code 23:59:60} as 23:59:59, and its date reader cuts a time off a date — values
 * nobody sent. An impossible value is a 400 naming the field and the value ({@link ApiExceptionHandler}).
 */
final class StrictDates {

    private StrictDates() {}

    static SimpleModule module() {
        return new SimpleModule("px-strict-dates")
                // ISO_OFFSET_DATE_TIME is strict: no 24:00, no leap second, no 31 February; Z or an offset required.
                .addDeserializer(
                        Instant.class,
                        new Text<>(Instant.class, t -> OffsetDateTime.parse(t).toInstant()))
                .addDeserializer(LocalDate.class, new Text<>(LocalDate.class, LocalDate::parse));
    }

    /** A value written as a JSON string, parsed by a strict java.time parser. */
    private static final class Text<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> parser;

        Text(Class<T> type, Function<String, T> parser) {
            super(type);
            this.parser = parser;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext context) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, "not a strict ISO 8601 value");
            }
        }
    }
}
