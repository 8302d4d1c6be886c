package io.pxportal.shared.api;

import io.pxportal.shared.domain.ConcurrentEditException;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.domain.NotFoundException;
import io.pxportal.shared.operations.ErrorReference;
import io.pxportal.shared.ratelimit.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error of an API controller as an RFC 9457 problem ({@code application/problem+json}): broken rules with
 * their message key and a text in the caller's language, invalid fields listed one by one, and for anything
 * unexpected only a reference id (the stack trace goes to the log, never to the client). Spring MVC's own errors
 * (unreadable body, wrong parameter type, ...) keep the problem details of {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiMessages messages;
    private final UploadLimit uploadLimit;

    ApiExceptionHandler(ApiMessages messages, UploadLimit uploadLimit) {
        this.messages = messages;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return domain(HttpStatus.NOT_FOUND, e, messages.get(e.messageKey(), e.arguments()), request);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConcurrentEditException e, HttpServletRequest request) {
        // The UI's text speaks of an editor; an API client needs to hear about ETags.
        return domain(HttpStatus.PRECONDITION_FAILED, e, messages.get("api.error.stale", e.arguments()), request);
    }

    /** Over a rate limit (e.g. imports per user): 429, and when to try again in {@code Retry-After}. */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.TOO_MANY_REQUESTS, messages.get(e.messageKey(), e.arguments()), request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, e.messageKey());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.refusal().seconds()))
                .body(problem);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> brokenRule(DomainException e, HttpServletRequest request) {
        return domain(HttpStatus.BAD_REQUEST, e, messages.get(e.messageKey(), e.arguments()), request);
    }

    @ExceptionHandler(ApiPreconditionException.class)
    ResponseEntity<ProblemDetail> precondition(ApiPreconditionException e, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatusCode.valueOf(e.status()),
                messages.get(e.messageKey(), e.arguments()),
                request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, e.messageKey());
        return ResponseEntity.status(e.status()).body(problem);
    }

    /** Thrown by the services' own validation of their arguments. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidArguments(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(FieldProblem::of)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors, request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return keyed(HttpStatus.FORBIDDEN, "error.access-denied", request);
    }

    /** A multipart body that does not parse (the size limit aside, which is a 413). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e, HttpServletRequest request) {
        return keyed(HttpStatus.BAD_REQUEST, "api.error.multipart", request);
    }

    /**
     * A date or number that parses but lies outside what the portal can compute with (the year 999999999, a
     * value of 1e40 in a column of 19 digits): the client's input, so a 400, not an error of the portal.
     */
    @ExceptionHandler({java.time.DateTimeException.class, ArithmeticException.class})
    ResponseEntity<ProblemDetail> outOfRange(RuntimeException e, HttpServletRequest request) {
        return keyed(HttpStatus.BAD_REQUEST, "api.error.out-of-range", request);
    }

    /** A value the database refuses to store (too long, too many digits): also the client's input. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> notStorable(RuntimeException e, HttpServletRequest request) {
        return keyed(HttpStatus.BAD_REQUEST, "api.error.not-storable", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String reference = ErrorReference.log(e);
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected", reference), request.getRequestURI());
        problem.setProperty(ApiProblems.REFERENCE, reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A file or body over {@link UploadLimit}: 413 with the limit, in the caller's language. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .headers(headers)
                .body(tooLarge(e, path(request)));
    }

    /** The limit that was passed: a raw body's own, or the file limit when the exception does not say. */
    private ProblemDetail tooLarge(MaxUploadSizeExceededException e, String path) {
        long max = e.getMaxUploadSize();
        return ApiBodyLimitFilter.tooLarge(
                messages.get(
                        ApiBodyLimitFilter.MESSAGE_KEY,
                        max > 0 && max < uploadLimit.bytes() ? UploadLimit.megabytes(max) : uploadLimit.megabytes()),
                path);
    }

    /** {@code @Valid} request bodies (the portfolio controllers leave validation to the services). */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldProblem(
                        error instanceof FieldError f ? f.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().headers(headers).body(invalid(errors, path(request)));
    }

    /**
     * A body cut off at the limit while a message converter read it (a JSON array sent without a length): 413. A
     * body field whose text is no value of its type — 31 February, month 13, 24:00, a word for a number: a 400
     * naming the field and the value, not Spring's bare "Failed to read request".
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxUploadSizeExceededException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .headers(headers)
                        .body(tooLarge(tooLarge, path(request)));
            }
        }
        if (e.getCause() instanceof InvalidFormatException invalid
                && !invalid.getPath().isEmpty()) {
            FieldProblem problem = new FieldProblem(
                    FieldProblem.field(invalid.getPath()),
                    messages.get(
                            FieldProblem.notAValueKey(invalid.getTargetType()), String.valueOf(invalid.getValue())));
            return ResponseEntity.badRequest().headers(headers).body(invalid(List.of(problem), path(request)));
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    /** A query or path parameter that does not convert, e.g. {@code from=2026-13}: named with its value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getPropertyName() != null) {
            FieldProblem problem = new FieldProblem(
                    e.getPropertyName(),
                    messages.get(FieldProblem.notAValueKey(e.getRequiredType()), String.valueOf(e.getValue())));
            return ResponseEntity.badRequest().headers(headers).body(invalid(List.of(problem), path(request)));
        }
        return super.handleTypeMismatch(e, headers, status, request);
    }

    /** Constraints on controller parameters, e.g. {@code @Min} on a query parameter. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                new FieldProblem(result.getMethodParameter().getParameterName(), message(error))))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().headers(headers).body(invalid(errors, path(request)));
    }

    private ResponseEntity<ProblemDetail> domain(
            HttpStatus status, DomainException e, String detail, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(status, detail, request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, e.messageKey());
        return ResponseEntity.status(status).body(problem);
    }

    /** A problem of the caller's request with its message key and the text in the caller's language. */
    private ResponseEntity<ProblemDetail> keyed(HttpStatus status, String messageKey, HttpServletRequest request) {
        ProblemDetail problem = ApiProblems.problem(status, messages.get(messageKey), request.getRequestURI());
        problem.setProperty(ApiProblems.MESSAGE_KEY, messageKey);
        return ResponseEntity.status(status).body(problem);
    }

    private ProblemDetail invalid(List<FieldProblem> errors, String path) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, messages.get("api.error.invalid"), path);
        problem.setProperty(
                ApiProblems.ERRORS,
                errors.stream()
                        .map(f -> Map.of("field", f.field(), "message", f.message() == null ? "" : f.message()))
                        .toList());
        return problem;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "" : error.getDefaultMessage();
    }

    private static String path(WebRequest request) {
        return request.getDescription(false).replaceFirst("^uri=", "");
    }
}
