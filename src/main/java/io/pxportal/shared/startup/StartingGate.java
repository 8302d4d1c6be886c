package io.pxportal.shared.startup;

import io.pxportal.shared.api.ApiProblems;
import io.pxportal.shared.i18n.Languages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 "still starting" to every request until the application accepts traffic, i.e. until every
 * {@code ApplicationRunner} has finished. Tomcat listens before the runners start, and the demo profile writes its
 * data in runners: without this gate the login page answered (and let people sign in to half a portfolio, or, before
 * the demo users existed, offered the first-admin setup) while the data was still being written.
 */
class StartingGate extends OncePerRequestFilter {

    static final String DEMO_KEY = "starting.demo";
    static final String PORTAL_KEY = "starting.portal";
    static final int RETRY_SECONDS = 5;
    // Same cookie as the shell's language choice, so the page speaks the language the login page will
    private static final String LANGUAGE_COOKIE = "px-lang";

    private final ApplicationAvailability availability;
    private final MessageSource messages;
    private final boolean demo;

    StartingGate(ApplicationAvailability availability, MessageSource messages, boolean demo) {
        this.availability = availability;
        this.messages = messages;
        this.demo = demo;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isProbe(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locale(request);
        String text = messages.getMessage(demo ? DEMO_KEY : PORTAL_KEY, null, locale);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (path(request).startsWith("/api/")) {
            ApiProblems.write(
                    ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, text, request.getRequestURI()), response);
            return;
        }
        byte[] page = page(locale, messages.getMessage("app.name", null, locale), text)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** Health probes report the state themselves (a readiness probe must see "not ready", not this page). */
    private static boolean isProbe(HttpServletRequest request) {
        String path = path(request);
        return path.equals("/actuator") || path.startsWith("/actuator/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Locale locale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            var chosen = Arrays.stream(cookies)
                    .filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                    .findFirst();
            if (chosen.isPresent()) {
                return Languages.fromTag(chosen.get().getValue());
            }
        }
        return Languages.supportedOrDefault(request.getLocale());
    }

    /** A page of its own (no Vaadin yet): says why, and reloads itself until the login page is there. */
    private static String page(Locale locale, String title, String text) {
        return """
                <!DOCTYPE html>
                <html lang="%s" dir="%s"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="%d">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body style="font-family: system-ui, sans-serif; margin: 4em auto; max-width: 36em; padding: 0 1em">
                <h1>%s</h1><p id="starting" role="status">%s</p></body></html>
                """.formatted(
                        locale.toLanguageTag(),
                        Languages.isRightToLeft(locale) ? "rtl" : "ltr",
                        RETRY_SECONDS,
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(text));
    }
}
