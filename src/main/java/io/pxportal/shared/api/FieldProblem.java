package io.pxportal.shared.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * One invalid field of a request, named as the client wrote it ({@code contacts[0].email}), whichever part of the
 * stack found it: the services' bean validation, or Jackson reading the body.
 */
record FieldProblem(String field, String message) {

    static FieldProblem of(ConstraintViolation<?> violation) {
        return new FieldProblem(field(violation), violation.getMessage());
    }

    /** The field a violation is about, relative to the request body: {@code contacts[0].email}, not "update.draft...". */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (kind == ElementKind.PROPERTY || kind == ElementKind.BEAN && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** The path of a body field as a client writes it: {@code contacts[0].email}. */
    static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The message key for a text that is no value of {@code type}: a date, a month, an instant, or any value. */
    static String notAValueKey(Class<?> type) {
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "api.error.not-an-instant";
        }
        if (type == java.time.LocalDate.class) {
            return "api.error.not-a-date";
        }
        if (type == java.time.YearMonth.class) {
            return "api.error.not-a-month";
        }
        return "api.error.not-a-value";
    }
}
