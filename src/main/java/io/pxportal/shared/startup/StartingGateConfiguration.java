package io.pxportal.shared.startup;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

@Configuration(proxyBeanMethods = false)
class StartingGateConfiguration {

    /** First of all filters: a sign-in posted while the portal starts must not reach Spring Security. */
    @Bean
    FilterRegistrationBean<StartingGate> startingGate(
            ApplicationAvailability availability, MessageSource messages, Environment environment) {
        FilterRegistrationBean<StartingGate> registration = new FilterRegistrationBean<>(
                new StartingGate(availability, messages, environment.acceptsProfiles(Profiles.of("demo"))));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
