package io.pxportal.contracts.api;

import io.pxportal.contracts.CalendarLinkService;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The renewal calendar as an iCalendar feed at a personal secret address, for calendar apps that cannot log in.
 * Outside {@code /api} on purpose: it is not part of the token-secured REST API; the UI's filter chain lets
 * {@code /calendar/*.ics} through without login, and the secret is the only credential (docs/security.md).
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarLinkService links;

    CalendarFeedController(CalendarLinkService links) {
        this.links = links;
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        // The status is set directly (no error page): an unknown secret must look like any other missing page.
        return links.feed(secret)
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("Not found"));
    }
}
