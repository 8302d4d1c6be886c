package io.pxportal.shared.api;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link ApiPageParams} as {@code @RequestParam(defaultValue = …) int} would: a missing or empty value takes
 * the default, the first of repeated values counts, and one that is no number fails as a type mismatch naming the
 * parameter.
 */
final class ApiPageParamsResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiPageParams.class;
    }

    @Override
    public ApiPageParams resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        return new ApiPageParams(
                number(parameter, request, binders, "page", ApiPageParams.DEFAULT_PAGE),
                number(parameter, request, binders, "size", ApiPageParams.DEFAULT_SIZE));
    }

    private static int number(
            MethodParameter parameter,
            NativeWebRequest request,
            WebDataBinderFactory binders,
            String name,
            String fallback)
            throws Exception {
        String[] values = request.getParameterValues(name);
        Object raw = values == null ? null : values.length == 1 ? values[0] : values;
        if (raw == null || "".equals(raw)) {
            raw = fallback;
        }
        try {
            return binders.createBinder(request, null, name).convertIfNecessary(raw, int.class);
        } catch (TypeMismatchException e) {
            throw new MethodArgumentTypeMismatchException(raw, int.class, name, parameter, e.getCause());
        }
    }
}
