package io.pxportal.support;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets of enum constants stored as one comma-separated column (a handful of values, read with their policy). */
final class EnumSetText {

    private EnumSetText() {}

    static <E extends Enum<E>> String write(Set<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String text, Class<E> type, Function<String, E> valueOf) {
        Set<E> set = EnumSet.noneOf(type);
        if (text != null) {
            Arrays.stream(text.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(valueOf)
                    .forEach(set::add);
        }
        return set;
    }

    @Converter
    static class Statuses implements AttributeConverter<Set<TicketStatus>, String> {
        @Override
        public String convertToDatabaseColumn(Set<TicketStatus> statuses) {
            return write(statuses);
        }

        @Override
        public Set<TicketStatus> convertToEntityAttribute(String text) {
            return read(text, TicketStatus.class, TicketStatus::valueOf);
        }
    }
}
