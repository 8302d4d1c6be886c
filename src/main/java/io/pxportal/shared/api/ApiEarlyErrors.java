package io.pxportal.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An exception of an API request before any controller was chosen — Spring MVC reads a multipart body (and meets
 * its size limit) before it looks for the handler — is handled as if the API's fallback controller had thrown it.
 * Without a handler the API's {@code @RestControllerAdvice}s, which apply to {@link ApiController}s only, would not
 * see it; Spring's default resolver would call {@code sendError} and the container's error page would answer.
 */
@Component
class ApiEarlyErrors implements HandlerExceptionResolver, Ordered {

    private final HandlerMethod fallback;
    private final ObjectProvider<HandlerExceptionResolver> resolvers;

    ApiEarlyErrors(
            ApiFallbackController fallback,
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolvers)
            throws NoSuchMethodException {
        this.fallback = new HandlerMethod(
                fallback, ApiFallbackController.class.getDeclaredMethod("noSuchResource", HttpServletRequest.class));
        this.resolvers = resolvers;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (handler != null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return resolvers.getObject().resolveException(request, response, fallback, exception);
    }

    /** Right after Boot's error attributes (which only record the exception), before Spring MVC's resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
