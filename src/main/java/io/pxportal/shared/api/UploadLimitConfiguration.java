package io.pxportal.shared.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Applies {@link UploadLimit} everywhere a request body is read, so that no layer refuses an upload the portal
 * accepts or lets through one it refuses: the servlet multipart limits (Spring MVC and Vaadin's uploads; they
 * replace {@code spring.servlet.multipart.*}), Tomcat's form-post and swallow sizes (they replace
 * {@code server.tomcat.max-http-form-post-size} and {@code max-swallow-size}), and the API's raw bodies.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(UploadLimit limit) {
        return new MultipartConfigElement("", limit.bytes(), limit.multipartRequestBytes(), 0);
    }

    /**
     * Tomcat reads (and discards) this much of a refused request's body so that the client, still sending, gets
     * the 413 problem rather than a reset connection. Ordered last, after Boot's own property customizer.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> uploadLimitTomcatCustomizer(UploadLimit limit) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                int size = (int) Math.min(Integer.MAX_VALUE, limit.multipartRequestBytes());
                factory.addConnectorCustomizers(connector -> {
                    connector.setMaxPostSize(size);
                    if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                        http.setMaxSwallowSize(size);
                    }
                });
            }
        };
    }

    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimitFilter(UploadLimit limit, ApiMessages messages) {
        FilterRegistrationBean<ApiBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new ApiBodyLimitFilter(limit, messages));
        registration.addUrlPatterns("/api/*");
        // After Spring Security (an unknown caller hears 401 first), before Spring MVC reads anything.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Ahead of Spring Security, whose UI chain would refuse the error dispatch of an API POST (no CSRF token). */
    @Bean
    FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatchFilter(UploadLimit limit, ApiMessages messages) {
        FilterRegistrationBean<ApiErrorDispatchFilter> registration =
                new FilterRegistrationBean<>(new ApiErrorDispatchFilter(limit, messages));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
