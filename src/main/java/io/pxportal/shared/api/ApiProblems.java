package io.pxportal.shared.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/** RFC 9457 problem details, built the same way in controllers and in the security filters. */
public final class ApiProblems {

    /** Extra member: the message key of the broken rule, stable across languages (e.g. "vendor.name.taken"). */
    public static final String MESSAGE_KEY = "messageKey";
    /** Extra member: the invalid fields, each with {@code field} and {@code message}. */
    public static final String ERRORS = "errors";
    /** Extra member: the id under which an unexpected error was logged. */
    public static final String REFERENCE = "reference";

    // Spring's converter brings the mix-in that writes a problem's extra members at the top level.
    private static final JacksonJsonHttpMessageConverter JSON = new JacksonJsonHttpMessageConverter();

    private ApiProblems() {}

    public static ProblemDetail problem(HttpStatusCode status, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return problem;
    }

    /** Writes a problem outside Spring MVC, e.g. from a security filter's entry point. */
    public static void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        // With its length, not chunked: a client whose connection is closed after the answer (a refused upload
        // that it is still sending) has the whole problem all the same.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpHeaders headers = new HttpHeaders();
        JSON.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        });
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
