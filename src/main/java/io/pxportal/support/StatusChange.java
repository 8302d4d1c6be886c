package io.pxportal.support;

import java.time.Instant;

/** A ticket entered {@code status} at {@code at}. */
public record StatusChange(TicketStatus status, Instant at) {}
