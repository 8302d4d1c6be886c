package io.pxportal.exchange.api;

import io.pxportal.exchange.ImportColumn;
import io.pxportal.exchange.ImportFileException;
import io.pxportal.exchange.ImportRejectedException;
import io.pxportal.exchange.ImportWizard;
import io.pxportal.exchange.RowError;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A rejected import answers 422 with every row error (row, column, message key and message in the caller's
 * language), so a client can fix its file in one go. Ahead of the general API handler, which knows no import.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiProblems {

    private final MessageSource messages;
    private final ImportWizard imports;

    ImportApiProblems(MessageSource messages, ImportWizard imports) {
        this.messages = messages;
        this.imports = imports;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e, Locale locale, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.arguments(), locale),
                request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, e.messageKey());
        Map<String, String> labels = columnLabels(request, locale);
        List<Map<String, Object>> errors =
                e.errors().stream().map(error -> row(error, labels, locale)).toList();
        problem.setProperty(ApiProblems.ERRORS, errors);
        return ResponseEntity.unprocessableContent()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A file the import cannot read; one over the size limit is a 413, like the limit of the request itself. */
    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<ProblemDetail> unreadable(ImportFileException e, Locale locale, HttpServletRequest request) {
        HttpStatus status =
                "import.file.too-large".equals(e.messageKey()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ApiProblems.problem(
                status, messages.getMessage(e.messageKey(), e.arguments(), locale), request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, e.messageKey());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** {@code column} is the column's name (stable, as in the files); {@code label} its header in the caller's language. */
    private Map<String, Object> row(RowError error, Map<String, String> labels, Locale locale) {
        String column = error.column() == null ? "" : error.column();
        return Map.of(
                "row",
                error.row(),
                "column",
                column,
                "label",
                labels.getOrDefault(column, column),
                "messageKey",
                error.messageKey(),
                "message",
                messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
    }

    /** The labels of the columns of the type the request imports, by column name. */
    private Map<String, String> columnLabels(HttpServletRequest request, Locale locale) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object type = variables instanceof Map<?, ?> map ? map.get("type") : null;
        return imports.importableTypes().stream()
                .filter(t -> t.type().equals(type))
                .flatMap(t -> t.columns().stream())
                .collect(java.util.stream.Collectors.toMap(
                        ImportColumn::name,
                        c -> messages.getMessage(c.labelKey(), null, c.name(), locale),
                        (a, b) -> a));
    }
}
