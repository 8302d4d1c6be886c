package io.pxportal.shared.api;

import io.pxportal.shared.operations.ErrorReference;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page of an API request is a problem too. Whatever ends an API request with {@code sendError} or an
 * exception outside Spring MVC — Tomcat refusing a body, a filter, a failure before a controller is chosen — makes
 * the container dispatch to {@code /error}; that dispatch would meet the UI's security chain, which refuses a POST
 * without CSRF token with an empty 403, and Boot's error page, which is not a problem. This filter answers the
 * dispatch itself, in the caller's language, with the status the request ended with.
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

    private final UploadLimit limit;
    private final ApiMessages messages;

    ApiErrorDispatchFilter(UploadLimit limit, ApiMessages messages) {
        this.limit = limit;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return !(uri instanceof String path && path.startsWith(request.getContextPath() + "/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpStatus.INTERNAL_SERVER_ERROR.value();
        ProblemDetail problem;
        if (ApiBodyLimitFilter.isTooLarge(status)) {
            problem = ApiBodyLimitFilter.tooLarge(
                    messages.get(request, ApiBodyLimitFilter.MESSAGE_KEY, limit.megabytes()), path);
        } else if (status >= 500) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String reference = ErrorReference.log(
                    failure instanceof Throwable t
                            ? t
                            : new IllegalStateException("API request ended with status " + status));
            problem = ApiProblems.problem(
                    HttpStatusCode.valueOf(status), messages.get(request, "error.unexpected", reference), path);
            problem.setProperty(ApiProblems.REFERENCE, reference);
        } else {
            problem = ApiProblems.problem(
                    HttpStatusCode.valueOf(status), messages.get(request, "api.error.refused", status), path);
            problem.setProperty(ApiProblems.MESSAGE_KEY, "api.error.refused");
        }
        response.resetBuffer();
        ApiProblems.write(problem, response);
    }
}
