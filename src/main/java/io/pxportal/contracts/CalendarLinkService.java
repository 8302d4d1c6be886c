package io.pxportal.contracts;

import io.pxportal.shared.i18n.Languages;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.ShellUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links to the renewal calendar as an iCalendar feed, for Outlook or Google Calendar to subscribe to
 * without logging in: everyone logged in makes, replaces and stops their own; the feed answers whoever knows
 * the secret, with what the link's owner may read. The secret is returned once by {@link #createMine} and never
 * stored (docs/security.md).
 */
@Service
@Transactional(readOnly = true)
public class CalendarLinkService {

    private final CalendarLinkRepository links;
    private final RenewalCalendar calendar;
    private final ICalendarWriter writer;
    private final UserDetailsService users;
    private final ShellUser preferences;
    private final Clock clock;

    CalendarLinkService(
            CalendarLinkRepository links,
            RenewalCalendar calendar,
            ICalendarWriter writer,
            UserDetailsService users,
            ShellUser preferences,
            Clock clock) {
        this.links = links;
        this.calendar = calendar;
        this.writer = writer;
        this.users = users;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The logged-in user's link, if they have one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CalendarLinkInfo> mine() {
        return links.findByUsername(me()).map(CalendarLink::toInfo);
    }

    /** Makes a new link for the logged-in user; their previous link, if any, stops working at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NewCalendarLink createMine(CalendarFeedScope scope) {
        Instant now = clock.instant();
        CalendarSecret secret = CalendarSecret.generate();
        CalendarLink link = links.findByUsername(me())
                .map(existing -> {
                    existing.replace(scope, secret, now);
                    return existing;
                })
                .orElseGet(() -> new CalendarLink(me(), scope, secret, now));
        return new NewCalendarLink(links.saveAndFlush(link).toInfo(), secret.value());
    }

    /** Stops the logged-in user's link; nothing happens if there is none. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void stopMine() {
        links.findByUsername(me()).ifPresent(link -> {
            links.delete(link);
            links.flush();
        });
    }

    /**
     * The feed behind a link, as iCalendar text in its owner's language, or empty when no link has this secret
     * or its owner's account is disabled. Read as the owner, so that the feed never shows more than they may
     * read; it needs no login, as a calendar app cannot log in.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<String> feed(String secret) {
        if (!CalendarSecret.looksLikeOne(secret)) {
            return Optional.empty();
        }
        Optional<CalendarLink> found = links.findBySecretHash(CalendarSecret.hash(secret));
        Optional<UserDetails> owner = found.flatMap(link -> enabledAccount(link.getUsername()));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        CalendarLink link = found.get();
        Instant now = clock.instant();
        links.recordUse(link.getId(), now, now.minus(CalendarLink.LAST_USED_RESOLUTION));
        return Optional.of(as(owner.get(), () -> {
            RenewalCalendarFilter filter = link.getScope() == CalendarFeedScope.MINE
                    ? RenewalCalendarFilter.ownedBy(link.getUsername())
                    : RenewalCalendarFilter.all();
            List<RenewalDate> dates = calendar.upcoming(filter);
            Locale locale = preferences.preferredLocale().orElse(Languages.ENGLISH);
            return writer.write(dates, locale, now);
        }));
    }

    /**
     * The owner as they would log in now; a disabled account's links stop working. A temporary lock-out after
     * wrong passwords does not stop the feed: it guards the password, and the 256-bit secret is no password.
     */
    private Optional<UserDetails> enabledAccount(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username)).filter(UserDetails::isEnabled);
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Runs {@code work} as the link's owner, with their current roles, then restores the anonymous caller. */
    private static <T> T as(UserDetails owner, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null, owner.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String me() {
        return CurrentUser.username().orElseThrow();
    }
}
