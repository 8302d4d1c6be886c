package io.pxportal.support;

import java.time.Instant;

/** An open ticket as the backlog counts it. */
record OpenTicket(Long platformId, Severity severity, Instant openedAt) {
}
