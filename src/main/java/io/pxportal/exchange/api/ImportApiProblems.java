package io.pxportal.exchange.api;

import io.pxportal.exchange.ImportRejectedException;
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

/**
 * A rejected import answers 422 with every row error (row, column, message key and message in the caller's
 * language), so a client can fix its file in one go. Ahead of the general API handler, which knows no import.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiProblems {

    private final MessageSource messages;

    ImportApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e, Locale locale, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e.messageKey(), e.arguments(), locale), request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, e.messageKey());
        List<Map<String, Object>> errors = e.errors().stream().map(error -> row(error, locale)).toList();
        problem.setProperty(ApiProblems.ERRORS, errors);
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private Map<String, Object> row(RowError error, Locale locale) {
        return Map.of("row", error.row(), "column", error.column() == null ? "" : error.column(),
                "messageKey", error.messageKey(),
                "message", messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale));
    }
}
