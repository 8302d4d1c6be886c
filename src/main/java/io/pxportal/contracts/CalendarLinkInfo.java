package io.pxportal.contracts;

import java.time.Instant;

/** A user's calendar link, without its secret: what it shows, when it was made and last read. */
public record CalendarLinkInfo(CalendarFeedScope scope, Instant createdAt, Instant lastUsedAt) {}
