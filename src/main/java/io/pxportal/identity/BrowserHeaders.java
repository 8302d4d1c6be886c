package io.pxportal.identity;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response of the UI's filter chain (pages, Vaadin's requests, downloads); each
 * source of the Content-Security-Policy is explained in docs/security.md.
 */
final class BrowserHeaders {

    /**
     * Vaadin Flow runs JavaScript the server sends ({@code executeJs}, components' own calls) through
     * {@code new Function}, and its bootstrap page carries inline scripts and its components inline styles: hence
     * {@code 'unsafe-inline'} and {@code 'unsafe-eval'} for scripts. Everything else comes from the portal itself.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** HSTS for a year; Spring Security sends it only on HTTPS requests, so production (behind TLS) only. */
    static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    private BrowserHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        // Eagerly, before Vaadin writes its page: written lazily (at commit) they never reached the bootstrap page
        // in a real browser, and Vaadin keeps an X-Frame-Options it finds instead of adding its own SAMEORIGIN.
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(nosniff -> {})
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(true));
    }
}
