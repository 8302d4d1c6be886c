package io.pxportal.shared.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters behind the API metrics and the log context. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** Ahead of Spring Security, so a request it refuses (401, 403, 429) is counted with its status too. */
    @Bean
    FilterRegistrationBean<ApiRequestMetricsFilter> apiRequestMetricsFilter(PortalMetrics metrics) {
        FilterRegistrationBean<ApiRequestMetricsFilter> registration =
                new FilterRegistrationBean<>(new ApiRequestMetricsFilter(metrics));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After Spring Security (order -100), which has then put the caller into the security context. */
    @Bean
    FilterRegistrationBean<RequestLogContextFilter> requestLogContextFilter() {
        FilterRegistrationBean<RequestLogContextFilter> registration =
                new FilterRegistrationBean<>(new RequestLogContextFilter());
        registration.setOrder(-90);
        return registration;
    }
}
