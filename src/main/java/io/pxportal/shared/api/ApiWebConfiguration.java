package io.pxportal.shared.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** Spring MVC settings for the API. Vaadin does not use Spring MVC's locale, so the UI is unaffected. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** Validation messages and problem details in the Accept-Language of the request, among the four languages. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return ApiMessages.localeResolver();
    }

    /** Dates and instants in request bodies are read strictly (picked up by Spring Boot's JSON mapper). */
    @Bean
    tools.jackson.databind.JacksonModule strictDates() {
        return StrictDates.module();
    }
}
