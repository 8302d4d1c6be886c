package io.pxportal.shared.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC settings for the API. Vaadin does not use Spring MVC's locale, so the UI is unaffected. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    /** Every list reads {@code page} and {@code size} the same way (ApiPageParams). */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiPageParamsResolver());
    }

    /** Validation messages and problem details in the Accept-Language of the request, among the four languages. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return ApiMessages.localeResolver();
    }

    /**
     * A null inside a list or set of a request body ({@code "platformIds": [null]}) is refused as unreadable JSON
     * (400) instead of travelling on to a service that cannot know what it means.
     */
    @Bean
    JsonMapperBuilderCustomizer noNullsInCollections() {
        JsonSetter.Value failOnNulls = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        return builder -> {
            for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
                builder.withConfigOverride(type, override -> override.setNullHandling(failOnNulls));
            }
        };
    }

    /** Dates and instants in request bodies are read strictly (picked up by Spring Boot's JSON mapper). */
    @Bean
    tools.jackson.databind.JacksonModule strictDates() {
        return StrictDates.module();
    }
}
