package io.pxportal.roadmap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a quarter as {@code 2026-Q3}, which sorts by time as text. */
@Converter(autoApply = true)
class QuarterConverter implements AttributeConverter<Quarter, String> {

    @Override
    public String convertToDatabaseColumn(Quarter quarter) {
        return quarter == null ? null : quarter.toString();
    }

    @Override
    public Quarter convertToEntityAttribute(String text) {
        return Quarter.parse(text);
    }
}
