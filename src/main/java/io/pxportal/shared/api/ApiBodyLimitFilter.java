package io.pxportal.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Holds every API request body to {@link UploadLimit}: a declared length over it is refused with 413 before a byte
 * is read; a body sent without a length (chunked) stops being read at the limit. Multipart bodies are also held by
 * the servlet's multipart limits, which see the file part on its own.
 */
class ApiBodyLimitFilter extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "api.error.too-large";

    private final UploadLimit limit;
    private final ApiMessages messages;

    ApiBodyLimitFilter(UploadLimit limit, ApiMessages messages) {
        this.limit = limit;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long max = multipart ? limit.multipartRequestBytes() : limit.rawBodyBytes();
        if (request.getContentLengthLong() > max) {
            // The body stays unread: Tomcat swallows what it may of it and then closes the connection.
            response.setHeader(HttpHeaders.CONNECTION, "close");
            ApiProblems.write(
                    tooLarge(
                            messages.get(
                                    request, MESSAGE_KEY, multipart ? limit.megabytes() : UploadLimit.megabytes(max)),
                            request.getRequestURI()),
                    response);
            return;
        }
        chain.doFilter(multipart ? request : new Limited(request, max), response);
    }

    /** The 413 problem, wherever the limit is found to be passed. */
    static ProblemDetail tooLarge(String detail, String path) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, detail, path);
        problem.setProperty(ApiProblems.MESSAGE_KEY, MESSAGE_KEY);
        return problem;
    }

    /** Whether a response status means "too large"; Tomcat's own refusals use it too. */
    static boolean isTooLarge(int status) {
        return status == HttpStatus.CONTENT_TOO_LARGE.value();
    }

    /** A request whose body reads up to the limit and then fails as Spring MVC's own upload limit does. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long count;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > max) {
                // Unchecked on purpose: a JSON reader passes it through untouched to the API's 413 handler.
                throw new MaxUploadSizeExceededException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
